/**
 * The temporal dimension of W3C Media Fragments (`t=START[,END]`,
 * https://www.w3.org/TR/media-frags/#naming-time): how a note's moment is
 * written into a Web Annotation and read back from other tools' files.
 */

/** A stretch of a video in seconds; `end` null for a moment. */
export interface MediaTime {
  start: number;
  end: number | null;
}

/**
 * Seconds as a fragment writes them: up to three decimals without trailing
 * zeros (`754`, `754.5`, `754.123`). A time that three decimals would change
 * (a raw `currentTime` like 754.38291) is written with all its digits
 * instead, still plain `npt-sec` syntax: a backup must give back exactly the
 * note it saved.
 */
export function formatSeconds(seconds: number): string {
  const fixed = seconds.toFixed(3);
  if (Number(fixed) === seconds) return fixed.replace(/0+$/, '').replace(/\.$/, '');
  return withoutExponent(String(seconds));
}

/** `t=754,812.5` or `t=754` when there is no end. */
export function formatMediaFragment({ start, end }: MediaTime): string {
  return end === null ? `t=${formatSeconds(start)}` : `t=${formatSeconds(start)},${formatSeconds(end)}`;
}

/** npt clock forms: `ss`, `ss.sss`, `mm:ss(.sss)`, `hh:mm:ss(.sss)`. */
const NPT_TIME = /^(?:(?:(\d+):)?([0-5]?\d):)?(\d+(?:\.\d*)?)$/;

/**
 * The `t` dimension of a fragment (`t=10,20`, `t=npt:10,20`, `t=,20`,
 * `t=npt:0:12:34.5`, with or without a leading `#` or other `&`-separated
 * dimensions), or null when there is none or it cannot be read (SMPTE and
 * wall-clock forms are not supported).
 */
export function parseMediaFragment(value: string): MediaTime | null {
  const part = value
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith('t='));
  if (part === undefined) return null;
  let spec = safeDecode(part.slice(2));
  if (spec.startsWith('npt:')) spec = spec.slice(4);
  const [first = '', second, ...rest] = spec.split(',');
  if (rest.length > 0) return null;
  const start = first === '' ? 0 : nptSeconds(first);
  const end = second === undefined ? null : nptSeconds(second);
  if (start === null || (second !== undefined && end === null)) return null;
  return { start, end };
}

function nptSeconds(text: string): number | null {
  const match = NPT_TIME.exec(text);
  if (!match) return null;
  const [, hours, minutes, seconds = '0'] = match;
  const s = Number(seconds);
  // In a clock form the seconds field stays under 60; alone it may be any number.
  if (minutes !== undefined && s >= 60) return null;
  if (minutes === undefined) return s;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + s;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `1e-7` as `0.0000001`: fragments have no exponent syntax. */
function withoutExponent(text: string): string {
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
