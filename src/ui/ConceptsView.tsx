/**
 * Every concept of this talk: where this talk speaks of it, and where other
 * talks do. A concept chosen from a claim's tag is brought into view and
 * receives focus (its tag went away with the view it was in).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ClaimId, ConceptKey, VideoId } from '../core/ids';
import type { Claim } from '../core/model';
import type { BundledConcept } from '../core/talk-bundle';
import { ClaimMoments } from './ClaimMoments';
import { MomentButton } from './MomentButton';
import { findByAttribute, scrollWithin } from './scroll-within';

/** The talk's concepts and where to send the viewer from them. */
export interface ConceptsViewProps {
  concepts: readonly BundledConcept[];
  claims: ReadonlyMap<ClaimId, Claim>;
  beyond: ReadonlySet<ClaimId>;
  /** The concept to bring into view, or null. */
  selected: ConceptKey | null;
  onSeek(claimId: ClaimId): void;
  onOpenTalk(videoId: VideoId, start: number): void;
}

export function ConceptsView({ concepts, claims, beyond, selected, onSeek, onOpenTalk }: ConceptsViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = scroller.current;
    const card = box && selected !== null ? findByAttribute(box, 'data-concept-key', selected) : null;
    if (!box || !card) return;
    card.focus({ preventScroll: true });
    scrollWithin(box, card);
  }, [selected]);

  if (concepts.length === 0) return <p class="cl-empty">This talk links no concepts.</p>;
  return (
    <div class="cl-scroll" ref={scroller}>
      <ol class="cl-cards">
        {concepts.map((concept) => (
          <li
            class={concept.key === selected ? 'cl-card selected' : 'cl-card'}
            key={concept.key}
            data-concept-key={concept.key}
            tabIndex={-1}
          >
            <h3 class="cl-card-title">{concept.label}</h3>
            <ClaimMoments ids={concept.claims} claims={claims} beyond={beyond} label="In this talk" onSeek={onSeek} />
            {concept.elsewhere.length > 0 && (
              <>
                <h4 class="cl-subtitle">In other talks</h4>
                <ul class="cl-moments" aria-label="In other talks">
                  {concept.elsewhere.map((other) => (
                    <li key={`${other.videoId}/${other.claimId}`}>
                      <MomentButton
                        start={other.start}
                        text={other.text}
                        talk={other.talkTitle}
                        onClick={() => onOpenTalk(other.videoId, other.start)}
                      />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
