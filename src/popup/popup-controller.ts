/**
 * The toolbar popup: asks the active tab's overlay what it is playing (no
 * `tabs` permission: a message to the tab, answered only by our overlay),
 * and offers add note, export and the library.
 */
import type { ExportFormat } from '../core/export/files';
import type { VideoId } from '../core/ids';
import type { Note } from '../core/note';
import type { OverlayStatus } from '../core/protocol';
import type { TalkBundle } from '../core/talk-bundle';
import type { SavedFile } from '../library/transfer';
import { exportTalks } from '../library/transfer';
import type { PopupProps } from '../ui/popup/popup-props';

export interface PopupDeps {
  /** The overlay's status in the active tab, or null (not a talk, not YouTube, no answer). */
  status(): Promise<OverlayStatus | null>;
  addNote(): Promise<void>;
  bundle(videoId: VideoId): Promise<TalkBundle | null>;
  notes(videoId: VideoId): Promise<Note[]>;
  openLibrary(): void;
  save(file: SavedFile): void;
  close(): void;
  render(props: PopupProps): void;
}

export async function startPopup(deps: PopupDeps): Promise<void> {
  let error: string | null = null;
  const status = await deps.status().catch(() => null);
  const draw = () =>
    deps.render({
      talk: status ? { videoId: status.videoId, title: status.title, currentClaim: status.currentClaim, notes: status.notes } : null,
      error,
      onAddNote: () => {
        void deps.addNote().then(deps.close, (e: unknown) => {
          error = `The talk's tab did not answer (${(e as Error).message}). Reload it and try again.`;
          draw();
        });
      },
      onExport: (format: ExportFormat) => void exportOne(format),
      onOpenLibrary: deps.openLibrary,
    });
  const exportOne = async (format: ExportFormat) => {
    if (!status) return;
    try {
      const bundle = await deps.bundle(status.videoId);
      if (!bundle) throw new Error('this talk is no longer in the library');
      deps.save(exportTalks([bundle], await deps.notes(status.videoId), format, new Date()));
    } catch (e) {
      error = `Export failed: ${(e as Error).message}`;
      draw();
    }
  };
  draw();
}
