/**
 * Removing an imported talk, asked twice: Remove, then "Remove? Yes / No".
 * Focus goes to No (the safe answer), and back to Remove when declined.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface RemoveTalkProps {
  title: string;
  onRemove(): void;
}

export function RemoveTalk({ title, onRemove }: RemoveTalkProps) {
  const [asking, setAsking] = useState(false);
  const remove = useRef<HTMLButtonElement>(null);
  const no = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useLayoutEffect(() => {
    if (asking) no.current?.focus();
    else if (answered.current) remove.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        class="cl-button lib-remove"
        ref={remove}
        data-action="remove-talk"
        aria-label={`Remove “${title}”`}
        onClick={() => setAsking(true)}
      >
        Remove
      </button>
    );
  }
  return (
    <span class="lib-confirm" role="group" aria-label={`Remove “${title}” and its claims?`}>
      <span>Remove?</span>
      <button type="button" class="cl-button lib-danger" data-action="confirm-remove" onClick={onRemove}>
        Yes
      </button>
      <button
        type="button"
        class="cl-button"
        ref={no}
        data-action="cancel-remove"
        onClick={() => {
          answered.current = true;
          setAsking(false);
        }}
      >
        No
      </button>
    </span>
  );
}
