/** The contract between the toolbar popup's controller and its component. */
import type { VideoId } from '../../core/ids';
import type { ExportFormat } from '../library/library-props';

/** What the active tab is playing, when it is a talk Claimline knows. */
export interface PopupTalk {
  videoId: VideoId;
  title: string;
  /** The claim being spoken ("Label: text"), or null. */
  currentClaim: string | null;
  notes: number;
}

export interface PopupProps {
  /** null: the active tab is not a talk (or not YouTube). */
  talk: PopupTalk | null;
  /** A failure to show (export failed, the tab did not answer). */
  error: string | null;
  onAddNote(): void;
  onExport(format: ExportFormat): void;
  onOpenLibrary(): void;
}
