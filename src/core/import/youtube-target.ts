/**
 * The YouTube moment an imported annotation is about, from its `target` in
 * any of the forms other tools write: a string URL, `{ source, selector }`,
 * `{ id }`, or an array of these (the first YouTube one counts); the time from
 * a media-fragment selector, Hypothesis' `MediaTimeSelector`, a `#t=`
 * fragment or a `t=` parameter of the URL.
 */
import { isVideoId, type VideoId } from '../ids';
import { formatMediaFragment, parseMediaFragment, type MediaTime } from '../export/media-fragment';
import { parseStart, videoLocation } from '../youtube-url';

/** Times beyond this are refused: notes are on talks, not on 24-hour streams. */
export const MAX_NOTE_SECONDS = 24 * 3600;

export type TargetReading =
  | { ok: true; videoId: VideoId; time: MediaTime | null; timeField: string | null }
  | { ok: false; field: string; message: string; youtube: boolean };

type Failure = Extract<TargetReading, { ok: false }>;

export function readYoutubeTarget(target: unknown): TargetReading {
  if (target === undefined || target === null) {
    return { ok: false, field: 'target', message: 'missing: an annotation needs a target (the YouTube video)', youtube: false };
  }
  if (!Array.isArray(target)) return readOne(target, 'target');
  const failures: Failure[] = [];
  for (const [i, candidate] of target.entries()) {
    const reading = readOne(candidate, `target[${i}]`);
    if (reading.ok) return reading;
    failures.push(reading);
  }
  const onYoutube = failures.find((f) => f.youtube);
  if (onYoutube) return onYoutube;
  if (failures.length === 1 && failures[0]) return failures[0];
  return { ok: false, field: 'target', message: `none of the ${target.length} targets is a YouTube video`, youtube: false };
}

function readOne(target: unknown, path: string): TargetReading {
  let url: unknown = target;
  let urlField = path;
  let selector: unknown;
  if (isObject(target)) {
    if (target['source'] !== undefined) {
      url = isObject(target['source']) ? target['source']['id'] : target['source'];
      urlField = `${path}.source`;
    } else {
      url = target['id'];
      urlField = `${path}.id`;
    }
    selector = target['selector'];
  }
  if (typeof url !== 'string') {
    return { ok: false, field: urlField, message: `missing: expected the YouTube video's URL, got ${describeValue(url)}`, youtube: false };
  }
  const video = youtubeVideo(url);
  if (!video) return { ok: false, field: urlField, message: `${JSON.stringify(url)} is not a YouTube video`, youtube: false };

  const fromSelector = readSelectors(selector, `${path}.selector`);
  if (fromSelector && 'message' in fromSelector) return { ok: false, ...fromSelector, youtube: true };
  const found = fromSelector ?? (video.time ? { time: video.time, field: urlField } : null);
  if (found) {
    const problem = timeProblem(found.time);
    if (problem) return { ok: false, field: found.field, message: problem, youtube: true };
  }
  return { ok: true, videoId: video.videoId, time: found?.time ?? null, timeField: found?.field ?? null };
}

type SelectorReading = { time: MediaTime; field: string } | { field: string; message: string } | null;

function readSelectors(selector: unknown, path: string): SelectorReading {
  if (selector === undefined || selector === null) return null;
  const list = Array.isArray(selector) ? selector.map((s, i) => [s, `${path}[${i}]`] as const) : [[selector, path] as const];
  for (const [one, at] of list) {
    if (!isObject(one)) continue;
    const type = one['type'];
    if (type === 'FragmentSelector' || type === 'oa:FragmentSelector') {
      const conformsTo = one['conformsTo'];
      // A fragment of another kind (XPointer, SVG...) says nothing about time.
      if (typeof conformsTo === 'string' && !conformsTo.includes('media-frags')) continue;
      const value = one['value'];
      if (typeof value !== 'string') return { field: `${at}.value`, message: `expected a media fragment t=START[,END], got ${describeValue(value)}` };
      const time = parseMediaFragment(value);
      if (!time) return { field: `${at}.value`, message: `${JSON.stringify(value)} is not a media fragment t=START[,END]` };
      return { time, field: `${at}.value` };
    }
    if (type === 'MediaTimeSelector') {
      // Hypothesis' selector for video transcripts: seconds as numbers.
      const start = one['start'];
      const end = one['end'];
      if (typeof start !== 'number') return { field: `${at}.start`, message: `expected seconds, got ${describeValue(start)}` };
      if (end !== undefined && end !== null && typeof end !== 'number') return { field: `${at}.end`, message: `expected seconds, got ${describeValue(end)}` };
      return { time: { start, end: typeof end === 'number' ? end : null }, field: at };
    }
  }
  return null;
}

function timeProblem({ start, end }: MediaTime): string | null {
  const shown = formatMediaFragment({ start, end });
  if (!Number.isFinite(start) || start < 0) return `"${shown}": the start must be a time in the video`;
  if (start > MAX_NOTE_SECONDS || (end !== null && end > MAX_NOTE_SECONDS)) return `"${shown}" is beyond 24 hours`;
  if (end !== null && (!Number.isFinite(end) || end < start)) return `"${shown}": the end is before the start`;
  return null;
}

/** The video and time a URL shows: every form `videoLocation` knows, plus `youtu.be/ID` and a `#t=` fragment. */
export function youtubeVideo(href: string): { videoId: VideoId; time: MediaTime | null } | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  let videoId: VideoId | null = null;
  let start: number | null = null;
  const location = videoLocation(href);
  if (location) {
    videoId = location.videoId;
    start = location.start;
  } else if (/^(?:www\.)?youtu\.be$/.test(url.hostname)) {
    const id = url.pathname.split('/')[1];
    if (isVideoId(id)) videoId = id;
    start = parseStart(url.searchParams.get('t') ?? url.searchParams.get('start'));
  }
  if (videoId === null) return null;
  const hash = url.hash.replace(/^#/, '');
  const fromHash = hash ? (parseMediaFragment(hash) ?? startOnly(parseStart(new URLSearchParams(hash).get('t')))) : null;
  return { videoId, time: fromHash ?? startOnly(start) };
}

const startOnly = (start: number | null): MediaTime | null => (start === null ? null : { start, end: null });

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a number`, `"t=abc"`, `an array`: what was found instead, for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
