/**
 * The contract between the overlay controller (which knows YouTube) and the
 * panel components (which know only these props). Times are seconds.
 */
import type { ClaimId, VideoId } from '../core/ids';
import type { PanelLayout } from '../core/layout';
import type { Claim } from '../core/model';
import type { BundledConcept, CitedPaper } from '../core/talk-bundle';

/** The panel's tabs: the same claims by section or by time, and the talk's papers and concepts. */
export type PanelView = 'sections' | 'time' | 'references' | 'concepts';

export type { PanelLayout } from '../core/layout';

export interface PanelProps {
  title: string;
  /** Document order; `start`/`end` already checked against the video's duration. */
  claims: readonly Claim[];
  /** The claim being spoken, or null (before the first claim, or unknown). */
  activeId: ClaimId | null;
  /** Claims that start after the video ends (shown, marked as such, not seekable). */
  beyond: ReadonlySet<ClaimId>;
  /** A sentence about how the times were read, when that needs saying; else null. */
  notice: string | null;
  papers: readonly CitedPaper[];
  concepts: readonly BundledConcept[];
  view: PanelView;
  collapsed: boolean;
  layout: PanelLayout;
  theme: 'light' | 'dark';
  /** Seek the video to this claim's start and play. */
  onSeek(claimId: ClaimId): void;
  /** Open another talk at a moment. */
  onOpenTalk(videoId: VideoId, start: number): void;
  onViewChange(view: PanelView): void;
  onCollapsedChange(collapsed: boolean): void;
}
