/**
 * Telling every tab and page that a talk's notes changed. The background
 * writes a small record to `storage.local`; everyone listening to
 * `storage.onChanged` (content scripts included, in any tab) re-reads. It
 * survives service-worker restarts and needs no `tabs` permission.
 */
import browser from 'webextension-polyfill';
import type { VideoId } from '../core/ids';

const KEY = 'notesChanged';

interface Change {
  videoId: VideoId;
  at: number;
}

export async function announceNotesChanged(videoIds: Iterable<VideoId>): Promise<void> {
  const at = Date.now();
  const changes = [...new Set(videoIds)].map((videoId) => ({ videoId, at }));
  if (changes.length) await browser.storage.local.set({ [KEY]: changes });
}

/** Calls `onChange` with the talks whose notes changed (null: any talk). */
export function watchNotesChanged(onChange: (videoIds: VideoId[]) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    const value = changes[KEY]?.newValue;
    if (area !== 'local' || !Array.isArray(value)) return;
    onChange((value as Change[]).map((c) => c.videoId).filter((id): id is VideoId => typeof id === 'string'));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
