/**
 * A cited paper as a small pill ("Zečević 2023") whose tooltip, shown on
 * hover or focus, gives the paper's details and link. The tooltip stays open
 * while the pointer or the focus is inside it, so its link can be reached.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { BibEntry } from '../core/model';
import { chipText } from './paper-text';
import { PaperDetails } from './PaperDetails';

/** The paper a chip stands for (only confidently linked papers get one). */
export interface CitationChipProps {
  paper: BibEntry;
}

/** Time for the pointer to cross from the chip to its tooltip over other chips. */
const HOVER_GRACE_MS = 200;

export function CitationChip({ paper }: CitationChipProps) {
  const [open, setOpen] = useState(false);
  // Open upwards in the lower half of the scrolling list, where a tooltip below would be cut off.
  const [upwards, setUpwards] = useState(false);
  const tipId = useId();
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = (event: Event) => {
    clearTimeout(closing.current);
    const chip = event.currentTarget as HTMLElement;
    const list = chip.closest('.cl-scroll');
    if (list && !open) {
      const box = list.getBoundingClientRect();
      setUpwards(chip.getBoundingClientRect().top > box.top + box.height / 2);
    }
    setOpen(true);
  };
  const hide = () => {
    clearTimeout(closing.current);
    setOpen(false);
  };
  useEffect(() => () => clearTimeout(closing.current), []);

  return (
    <span
      class="cl-cite"
      onMouseEnter={show}
      onMouseLeave={() => {
        clearTimeout(closing.current);
        closing.current = setTimeout(hide, HOVER_GRACE_MS);
      }}
      onFocusIn={show}
      onFocusOut={(event) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node) || !event.currentTarget.contains(next)) hide();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          hide();
        }
      }}
    >
      <button
        type="button"
        class="cl-chip"
        data-ref-key={paper.key}
        aria-describedby={open ? tipId : undefined}
        onClick={show}
      >
        {chipText(paper)}
      </button>
      {open && (
        <span class={upwards ? 'cl-tip up' : 'cl-tip'} role="tooltip" id={tipId}>
          <PaperDetails paper={paper} />
        </span>
      )}
    </span>
  );
}
