/**
 * The panel's tabs. Arrow keys move between them and switch the view at once
 * (the WAI-ARIA tabs pattern with automatic activation); one tab stop.
 */
import type { PanelView } from './panel-props';

/** The current view, the counts shown in the tab labels, and the ids that tie tabs to their panel. */
export interface PanelTabsProps {
  view: PanelView;
  notes: number;
  papers: number;
  concepts: number;
  /** Prefix of the tab ids (`${idPrefix}-sections`), for the tab panel's `aria-labelledby`. */
  idPrefix: string;
  /** The id of the tab panel the tabs control. */
  panelId: string;
  onViewChange(view: PanelView): void;
}

const ORDER: readonly PanelView[] = ['sections', 'time', 'notes', 'references', 'concepts'];

export function PanelTabs({ view, notes, papers, concepts, idPrefix, panelId, onViewChange }: PanelTabsProps) {
  const labels: Record<PanelView, string> = {
    sections: 'Sections',
    time: 'Time',
    notes: `Notes (${notes})`,
    references: `References (${papers})`,
    concepts: `Concepts (${concepts})`,
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = ORDER.indexOf(view);
    const moves: Partial<Record<string, number>> = {
      ArrowRight: (index + 1) % ORDER.length,
      ArrowLeft: (index + ORDER.length - 1) % ORDER.length,
      Home: 0,
      End: ORDER.length - 1,
    };
    const target = moves[event.key];
    const next = target === undefined ? undefined : ORDER[target];
    if (!next) return;
    event.preventDefault();
    onViewChange(next);
    ((event.currentTarget as HTMLElement).children[ORDER.indexOf(next)] as HTMLElement | undefined)?.focus();
  };
  return (
    <div class="cl-tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
      {ORDER.map((tab) => (
        <button
          type="button"
          role="tab"
          class="cl-tab"
          key={tab}
          id={`${idPrefix}-${tab}`}
          aria-selected={tab === view ? 'true' : 'false'}
          aria-controls={tab === view ? panelId : undefined}
          tabIndex={tab === view ? 0 : -1}
          onClick={() => onViewChange(tab)}
        >
          {labels[tab]}
        </button>
      ))}
    </div>
  );
}
