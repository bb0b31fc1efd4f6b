/**
 * The talk's claims, by section or by time: one scrolling list that follows
 * the active claim, moves focus with the arrow keys (roving tabindex) and
 * seeks on click, Enter or Space. Items are memoised: a new `activeId`
 * re-renders only the items whose state changed.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimId, ConceptKey, RefKey } from '../core/ids';
import type { Claim } from '../core/model';
import type { CitedPaper } from '../core/talk-bundle';
import { ClaimItem } from './ClaimItem';
import { groupBySection, groupByTime, sectionPath } from './claim-groups';
import { findByAttribute, scrollWithin } from './scroll-within';
import { useFollow } from './use-follow';

/** The claims and the playback state the list shows, and what it reports. */
export interface ClaimListProps {
  arrangement: 'sections' | 'time';
  /** Document order. */
  claims: readonly Claim[];
  /** The claim being spoken, or null. */
  active: Claim | null;
  beyond: ReadonlySet<ClaimId>;
  /** The papers that may show as chips, by key. */
  papers: ReadonlyMap<RefKey, CitedPaper>;
  onSeek(claimId: ClaimId): void;
  /** A concept tag was chosen. Must keep its identity across renders (items are memoised). */
  onConcept(key: ConceptKey): void;
}

const ITEM = '[data-claim-id]';

/** The claim item `target` is, or is inside of, if no link or button of the item sits in between. */
function claimOf(target: EventTarget | null, container: HTMLElement): { item: HTMLElement; id: ClaimId } | null {
  if (!(target instanceof Element) || !container.contains(target)) return null;
  const item = target.closest<HTMLElement>(ITEM);
  const control = target.closest('a, button, [role="tooltip"]');
  if (!item || (control && item.contains(control))) return null;
  return { item, id: item.dataset.claimId as ClaimId };
}

export function ClaimList({ arrangement, claims, active, beyond, papers, onSeek, onConcept }: ClaimListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => (arrangement === 'time' ? groupByTime(claims) : groupBySection(claims)), [arrangement, claims]);
  const follow = useFollow(scroller, active?.id ?? null, groups);
  // The claim last focused: it keeps the list's tab stop while the viewer moves around.
  const [focusedId, setFocusedId] = useState<ClaimId | null>(null);
  const ids = useMemo(() => new Set(claims.map((claim) => claim.id)), [claims]);
  const tabStop = (focusedId !== null && ids.has(focusedId) ? focusedId : null) ?? active?.id ?? claims[0]?.id ?? null;
  const activeStart = active?.start ?? -Infinity;

  const seek = (id: ClaimId) => {
    if (beyond.has(id)) return;
    follow.resume();
    onSeek(id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const box = scroller.current;
    const hit = box && claimOf(event.target, box);
    if (!box || !hit || event.target !== hit.item) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      seek(hit.id);
      return;
    }
    const items = [...box.querySelectorAll<HTMLElement>(ITEM)];
    const index = items.indexOf(hit.item);
    const moves: Partial<Record<string, number>> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = items[target];
    if (!next) return;
    follow.pause();
    next.focus({ preventScroll: true });
    scrollWithin(box, next);
  };

  const onClick = (event: MouseEvent) => {
    const hit = scroller.current && claimOf(event.target, scroller.current);
    if (hit) seek(hit.id);
  };

  const onFocusIn = (event: FocusEvent) => {
    const hit = scroller.current && claimOf(event.target, scroller.current);
    if (hit && event.target === hit.item) setFocusedId(hit.id);
  };

  return (
    <div class="cl-list">
      <div class="cl-scroll" ref={scroller} onKeyDown={onKeyDown} onClick={onClick} onFocusIn={onFocusIn}>
        {groups.map((group) => (
          <div class="cl-group" key={group.key}>
            {group.title !== null && (
              <h3 class="cl-group-title">
                {group.parents !== null && <span class="cl-group-parents">{group.parents} › </span>}
                {group.title}
              </h3>
            )}
            <ol class="cl-claims">
              {group.claims.map((claim) => (
                <ClaimItem
                  key={claim.id}
                  claim={claim}
                  active={claim.id === active?.id}
                  passed={claim.start < activeStart}
                  beyond={beyond.has(claim.id)}
                  tabbable={claim.id === tabStop}
                  section={group.showSection ? sectionPath(claim.section) : null}
                  papers={papers}
                  onConcept={onConcept}
                />
              ))}
            </ol>
          </div>
        ))}
      </div>
      {!follow.following && (
        <button
          type="button"
          class="cl-back"
          data-action="back-to-now"
          onClick={() => {
            // The button goes away: hand focus to the claim it brings back.
            const box = scroller.current;
            const item = box && active ? findByAttribute(box, 'data-claim-id', active.id) : null;
            setFocusedId(null);
            item?.focus({ preventScroll: true });
            follow.resume();
          }}
        >
          Back to now
        </button>
      )}
    </div>
  );
}
