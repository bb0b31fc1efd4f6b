/** The panel's head: the talk's title, the claim now being spoken, progress, Add note and the collapse button. */
import type { Claim } from '../core/model';
import { ClaimText } from './ClaimText';

/** What the head shows of the talk and of playback, and the collapse state. */
export interface PanelHeadProps {
  title: string;
  /** The claim being spoken, or null. */
  active: Claim | null;
  /** How many claims, in time order, have started (the active claim's position); 0 before the first. */
  reached: number;
  total: number;
  collapsed: boolean;
  /** The id of the element the collapse button shows and hides. */
  bodyId: string;
  onCollapsedChange(collapsed: boolean): void;
  /** Add note: shown collapsed too, and in the compact overlay. */
  onAddNote(): void;
}

export function PanelHead({ title, active, reached, total, collapsed, bodyId, onCollapsedChange, onAddNote }: PanelHeadProps) {
  return (
    <header class="cl-head">
      <div class="cl-head-row">
        <h2 class="cl-title">{title}</h2>
        <button
          type="button"
          class="cl-add-note"
          data-action="add-note"
          title="Add a note at the current moment (n)"
          aria-keyshortcuts="N"
          onClick={() => onAddNote()}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z" fill="currentColor" />
          </svg>
          Add note
        </button>
        <button
          type="button"
          class="cl-collapse"
          aria-label="Claim list"
          title={collapsed ? 'Show the claims' : 'Hide the claims'}
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls={collapsed ? undefined : bodyId}
          onClick={() => onCollapsedChange(!collapsed)}
        >
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M7 10l5 5 5-5z" fill="currentColor" />
          </svg>
        </button>
      </div>
      {active ? (
        <ClaimText class="cl-now" label={active.label} text={active.text} />
      ) : (
        <p class="cl-now cl-now-idle">Not started</p>
      )}
      <p class="cl-progress">
        {reached} of {total} {total === 1 ? 'claim' : 'claims'}
      </p>
    </header>
  );
}
