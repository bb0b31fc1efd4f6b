/**
 * Black, silent WebM videos of any length, generated with ffmpeg and cached.
 *
 * One frame a second at 64x36 keeps a 40-minute talk at about 54 KB and half a
 * second of ffmpeg time (TOOLCHAIN.md); a keyframe every 60 s keeps seeking cheap.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_DIR = join(projectRoot, '.tmp', 'video');

/** In-flight and finished generations of this process, by output path. */
const pending = new Map<string, Promise<string>>();

/**
 * Returns the path of a WebM whose duration is `durationSeconds` (a positive
 * whole number), generating it under `dir` (`.tmp/video/` by default) on the
 * first request and reusing the file afterwards.
 */
export function ensureVideo(durationSeconds: number, dir: string = DEFAULT_DIR): Promise<string> {
  if (!Number.isInteger(durationSeconds) || durationSeconds <= 0) {
    return Promise.reject(new RangeError(`video duration must be a positive whole number of seconds, got ${durationSeconds}`));
  }
  const path = join(dir, `black-${durationSeconds}s.webm`);
  let result = pending.get(path);
  if (!result) {
    result = existsSync(path) ? Promise.resolve(path) : generate(durationSeconds, path);
    // A failed generation must not be cached: the next caller tries again.
    result.catch(() => pending.delete(path));
    pending.set(path, result);
  }
  return result;
}

async function generate(durationSeconds: number, path: string): Promise<string> {
  mkdirSync(join(path, '..'), { recursive: true });
  // Written under a temporary name and renamed, so that a crash or a
  // concurrent run never leaves a truncated file that looks cached.
  const partial = `${path}.${process.pid}.partial.webm`;
  await run('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `color=c=black:s=64x36:r=1:d=${durationSeconds}`,
    '-c:v', 'libvpx', '-b:v', '10k', '-g', '60', '-deadline', 'realtime', '-cpu-used', '8',
    partial,
  ]);
  renameSync(partial, path);
  return path;
}
