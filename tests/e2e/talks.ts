/** The talks the built extension knows, and video lengths for the stand-in site (end-to-end tests and `npm start`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TalkBundle, TalkSummary } from '../../src/core/talk-bundle';
import type { VideoSpec } from './harness/server';

const TALKS_DIR = join(fileURLToPath(new URL('../../', import.meta.url)), '.output', 'chrome-mv3', 'talks');

/** The compiled index of the build under test, in seed order. */
export function builtTalks(): TalkSummary[] {
  return (JSON.parse(readFileSync(join(TALKS_DIR, 'index.json'), 'utf8')) as { talks: TalkSummary[] }).talks;
}

export function builtBundle(videoId: string): TalkBundle {
  return JSON.parse(readFileSync(join(TALKS_DIR, `${videoId}.json`), 'utf8')) as TalkBundle;
}

/** A plausible length for a talk's video: a little past its last claim, in whole minutes. */
export function standinDuration(talk: TalkSummary): number {
  return Math.ceil((talk.lastStart + 90) / 60) * 60;
}

/** Every built talk as a stand-in video of plausible length, with its title. */
export function talkVideos(): Record<string, VideoSpec> {
  return Object.fromEntries(builtTalks().map((t) => [t.videoId, { durationSeconds: standinDuration(t), title: t.title }]));
}
