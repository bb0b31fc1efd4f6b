/** Recognising a YouTube video (and its start time) in any URL form, and making watch links. */
import { isVideoId, type VideoId } from './ids';

export interface VideoLocation {
  videoId: VideoId;
  /** `t=` / `start=` in seconds, or null. */
  start: number | null;
  /** `embed` for players inside other pages (no side column). */
  kind: 'watch' | 'embed' | 'live' | 'shorts';
}

const HOSTS = /^(?:www\.|m\.|music\.)?youtube\.com$|^www\.youtube-nocookie\.com$/;
const PATHS: [RegExp, VideoLocation['kind']][] = [
  [/^\/embed\/([^/?#]+)/, 'embed'],
  [/^\/live\/([^/?#]+)/, 'live'],
  [/^\/shorts\/([^/?#]+)/, 'shorts'],
];

/** The video a URL shows, or null (a home page, a channel, another site). */
export function videoLocation(href: string): VideoLocation | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!HOSTS.test(url.hostname)) return null;
  const start = parseStart(url.searchParams.get('t') ?? url.searchParams.get('start'));
  if (url.pathname === '/watch') {
    const id = url.searchParams.get('v');
    return isVideoId(id) ? { videoId: id, start, kind: 'watch' } : null;
  }
  for (const [pattern, kind] of PATHS) {
    const id = pattern.exec(url.pathname)?.[1];
    if (isVideoId(id)) return { videoId: id, start, kind };
  }
  return null;
}

/** `t=754`, `t=754s`, `t=12m34s`, `t=1h2m3s` in seconds; null when absent or unreadable. */
export function parseStart(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+s?$/.test(value)) return Number.parseInt(value, 10);
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || !match[0]) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

/** A watch link at a moment, in whole seconds (YouTube ignores fractional `t`). */
export function watchUrl(videoId: VideoId, seconds?: number, origin = 'https://www.youtube.com'): string {
  const base = `${origin}/watch?v=${videoId}`;
  return seconds === undefined ? base : `${base}&t=${Math.max(0, Math.floor(seconds))}s`;
}
