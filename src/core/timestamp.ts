/**
 * Timestamp markers: reading them, inferring a document's format, formatting times.
 *
 * Two-part markers (`[12:34]`) are always minutes and seconds. Three-part
 * markers are ambiguous in these machine-made summaries: some documents write
 * `hh:mm:ss`, others `mm:ss:ff` (minutes, seconds and a sub-second frame count
 * at an unknown rate). One reading holds for a whole document; `inferFormat`
 * chooses it from all of the document's three-part markers at once.
 */
import type { TimestampFormat } from './model';

/** A marker's fields as written, with where it stands. */
export interface RawMarker {
  /** The digits as written, `00:03:43`. */
  text: string;
  fields: number[];
  offset: number;
}

/** Times at or beyond this are refused: no talk summary runs twelve hours. */
export const MAX_SECONDS = 12 * 3600;

/** The bracketed forms: `[12:34]`, `[1:02:03]`, `[00:03:43]`. */
export const BRACKET_MARKER = /\[(\d{1,3}:\d{2}(?::\d{2})?)\]/g;

export function splitMarker(text: string): number[] {
  return text.split(':').map(Number);
}

export interface FormatInference {
  format: TimestampFormat;
  /** One sentence saying why. */
  evidence: string;
  /** Set when no reading is plausible: the marker that rules out the last candidate. */
  error?: { marker: RawMarker; message: string };
}

/** Whether a three-part marker can be read as `hh:mm:ss` (and stays under twelve hours). */
const fitsHours = ([h = 0, m = 0, s = 0]: number[]) => m < 60 && s < 60 && h < 12;
/** Whether it can be read as `mm:ss:ff`: seconds under 60, a frame field under 100. */
const fitsFrames = ([, s = 0, f = 0]: number[]) => s < 60 && f < 100;

/**
 * Chooses one reading for all three-part markers of a document.
 *
 * 1. A reading that leaves any marker impossible (a minute or second field of
 *    60 or more) or implausible (twelve hours or more) is ruled out. This is
 *    what decides the seeds written `mm:ss:ff`: `[30:10:00]` would be thirty
 *    hours.
 * 2. If both readings remain, the last field decides: seconds of a real talk
 *    spread over 0..59, while the frame field of these transcripts barely moves
 *    (all `00`, or nearly all `01`). When at least three markers exist, at
 *    least 80% share one last field, and the first field is not always zero,
 *    the document is `mm:ss:ff`. Otherwise `hh:mm:ss`, the form people and
 *    YouTube write.
 * 3. If neither reading remains, the document gets an error, not a guess.
 *
 * The overlay later checks the result against the real video duration and
 * may switch to the other reading (see `alternativeFormat`).
 */
export function inferFormat(markers: readonly RawMarker[]): FormatInference {
  const three = markers.filter((m) => m.fields.length === 3);
  if (three.length === 0) {
    return { format: 'mm:ss', evidence: 'All markers have two parts, read as minutes and seconds.' };
  }
  const notHours = three.find((m) => !fitsHours(m.fields));
  const notFrames = three.find((m) => !fitsFrames(m.fields));
  if (notHours && notFrames) {
    return {
      format: 'hh:mm:ss',
      evidence: 'No reading fits every marker.',
      error: {
        marker: notFrames,
        message: `timestamp [${notFrames.text}] cannot be read as mm:ss:ff, and [${notHours.text}] cannot be read as hh:mm:ss (${describeHoursProblem(notHours.fields)})`,
      },
    };
  }
  if (notHours) {
    return {
      format: 'mm:ss:ff',
      evidence: `[${notHours.text}] cannot be hh:mm:ss (${describeHoursProblem(notHours.fields)}), so three-part markers are read as minutes:seconds:frames.`,
    };
  }
  if (notFrames) {
    return {
      format: 'hh:mm:ss',
      evidence: `[${notFrames.text}] cannot be mm:ss:ff, so three-part markers are read as hours:minutes:seconds.`,
    };
  }
  const lastFields = new Map<number, number>();
  for (const m of three) lastFields.set(m.fields[2] ?? 0, (lastFields.get(m.fields[2] ?? 0) ?? 0) + 1);
  const [commonLast, commonCount] = [...lastFields.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const share = commonCount / three.length;
  const firstVaries = three.some((m) => (m.fields[0] ?? 0) !== 0);
  if (three.length >= 3 && share >= 0.8 && firstVaries) {
    return {
      format: 'mm:ss:ff',
      evidence: `${Math.round(share * 100)}% of ${three.length} markers end in :${pad2(commonLast)}, as a frame count does and seconds would not, so they are read as minutes:seconds:frames.`,
    };
  }
  return {
    format: 'hh:mm:ss',
    evidence: `The last field of ${three.length} markers varies like seconds, so they are read as hours:minutes:seconds.`,
  };
}

function describeHoursProblem([h = 0, m = 0, s = 0]: number[]): string {
  if (m >= 60) return `minute field ${m}`;
  if (s >= 60) return `second field ${s}`;
  return `${h} hours`;
}

/** The other three-part reading, for the overlay's check against the real duration. */
export function alternativeFormat(format: TimestampFormat): TimestampFormat | null {
  if (format === 'hh:mm:ss') return 'mm:ss:ff';
  if (format === 'mm:ss:ff') return 'hh:mm:ss';
  return null;
}

/**
 * Seconds for a marker's fields under a format, or null when the marker cannot
 * be read that way. The frame field of `mm:ss:ff` is dropped: its rate is
 * unknown and it is under a second either way.
 */
export function markerSeconds(fields: readonly number[], format: TimestampFormat): number | null {
  let seconds: number;
  if (fields.length === 2) {
    const [m = 0, s = 0] = fields;
    if (s >= 60) return null;
    seconds = m * 60 + s;
  } else if (fields.length === 3) {
    if (format === 'mm:ss:ff') {
      if (!fitsFrames([...fields])) return null;
      seconds = (fields[0] ?? 0) * 60 + (fields[1] ?? 0);
    } else {
      const [h = 0, m = 0, s = 0] = fields;
      if (m >= 60 || s >= 60) return null;
      seconds = h * 3600 + m * 60 + s;
    }
  } else {
    return null;
  }
  return seconds < MAX_SECONDS ? seconds : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `m:ss` under an hour, `h:mm:ss` from an hour, whole seconds (floored), as YouTube shows times. */
export function formatTime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${m}:${pad2(s)}`;
}

/** `hh:mm:ss.mmm`, as WebVTT wants it. */
export function formatVttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad2(h)}:${pad2(m)}:${pad2(s)}.${String(ms % 1000).padStart(3, '0')}`;
}
