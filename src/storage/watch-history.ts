/** When each talk was last watched and how far, per video, in `storage.local` (the library page shows it). */
import browser from 'webextension-polyfill';
import type { VideoId } from '../core/ids';

export interface WatchRecord {
  at: string;
  position: number;
  duration: number | null;
}

const PREFIX = 'watched:';

export async function recordWatch(videoId: VideoId, position: number, duration: number | null): Promise<void> {
  const record: WatchRecord = { at: new Date().toISOString(), position: Math.floor(position), duration: duration && Number.isFinite(duration) ? Math.round(duration) : null };
  await browser.storage.local.set({ [`${PREFIX}${videoId}`]: record });
}

export async function watchHistory(): Promise<Map<VideoId, WatchRecord>> {
  const all = await browser.storage.local.get(null);
  const history = new Map<VideoId, WatchRecord>();
  for (const [key, value] of Object.entries(all)) {
    const record = value as Partial<WatchRecord> | null;
    if (key.startsWith(PREFIX) && typeof record?.at === 'string' && typeof record.position === 'number') {
      history.set(key.slice(PREFIX.length) as VideoId, { at: record.at, position: record.position, duration: record.duration ?? null });
    }
  }
  return history;
}
