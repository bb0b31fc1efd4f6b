/**
 * What every figure shares: the stand-in server, the browsers (with and
 * without Claimline, same flags), the videos the bench uses, and the
 * interleaving of runs.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TalkBundle, TalkSummary } from '../../src/core/talk-bundle';
import { launchWithExtension, launchWithoutExtension, type ExtensionBrowser, type LaunchedBrowser } from '../../tests/e2e/harness/browser';
import type { StandinServer, VideoSpec } from '../../tests/e2e/harness/server';
import { standinDuration } from '../../tests/e2e/talks';

const BUILD = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

/**
 * The built extension, copied once at the start: other work in the same
 * checkout (`npm test` rebuilds `.output/`) must not change it under a run.
 */
export interface Snapshot {
  /** Absolute path of the unpacked extension. */
  dir: string;
  /** Its packaged talks, in seed order. */
  talks: TalkSummary[];
  bundle(videoId: string): TalkBundle;
  remove(): void;
}

/** Files without which the copy is of a build still being written. */
const REQUIRED = ['manifest.json', 'overlay.js', 'background.js', 'talks/index.json', 'content-scripts'];

export async function snapshotBuild(): Promise<Snapshot> {
  const dir = join(mkdtempSync(join(tmpdir(), 'claimline-bench-')), 'chrome-mv3');
  for (let attempt = 1; ; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    try {
      cpSync(BUILD, dir, { recursive: true });
    } catch {
      // A file vanished while copying: a build is running; try again below.
    }
    if (REQUIRED.every((file) => existsSync(join(dir, file)))) break;
    if (attempt === 15) throw new Error(`no complete build in ${BUILD}: run \`wxt build\` first`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const json = <T>(path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
  return {
    dir,
    talks: json<{ talks: TalkSummary[] }>('talks/index.json').talks,
    bundle: (videoId) => json<TalkBundle>(`talks/${videoId}.json`),
    remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }),
  };
}

export interface BenchEnv {
  server: StandinServer;
  build: Snapshot;
  /** Measured runs of each browser timing, each side (at least 10). */
  runs: number;
  /** Runs made and thrown away before measuring, each side (first loads fill caches and JIT). */
  warmups: number;
  /** Progress, on stderr. */
  log(message: string): void;
}

/** The seed talks of the build under test, in seed order. */
export const talkIds = (env: BenchEnv): string[] => env.build.talks.map((t) => t.videoId);

/** Watch pages that are not talks (any 11-character id the build does not know). */
export const OTHER_VIDEOS = Array.from({ length: 25 }, (_, i) => `NotATalk${String(i + 1).padStart(3, '0')}`);

/** The synthetic talk of 10,000 claims (figure 5), one claim a second from 0:00. */
export const SYNTHETIC_TALK = 'Bench10kClm';
export const SYNTHETIC_CLAIMS = 10_000;

/** Every video the stand-in server must know before the browsers start. */
export function benchVideos(build: Snapshot): Record<string, VideoSpec> {
  return {
    ...Object.fromEntries(build.talks.map((t) => [t.videoId, { durationSeconds: standinDuration(t), title: t.title }])),
    [SYNTHETIC_TALK]: { durationSeconds: SYNTHETIC_CLAIMS + 60, title: 'A synthetic talk of 10,000 claims' },
  };
}

/**
 * tsx compiles with esbuild's `keepNames`, which wraps named inner functions
 * in `__name(...)`; functions sent to `page.evaluate` carry those calls into
 * the page, where `__name` does not exist. One line in every page, with and
 * without the extension alike, defines it.
 */
const ALLOW_EVALUATED_FUNCTIONS = 'globalThis.__name ??= (f) => f;';

/** `args`: extra Chromium flags, the same on both sides of a comparison. The bench reads Chromium's DevTools counters, so it runs in Chromium. */
export function launchClaimline(env: BenchEnv, args: readonly string[] = []): Promise<ExtensionBrowser> {
  return launchWithExtension({ browser: 'chromium', serverPort: env.server.port, extensionPath: env.build.dir, args, pageInit: ALLOW_EVALUATED_FUNCTIONS });
}

export function launchBaseline(env: BenchEnv, args: readonly string[] = []): Promise<LaunchedBrowser> {
  return launchWithoutExtension({ browser: 'chromium', serverPort: env.server.port, args, pageInit: ALLOW_EVALUATED_FUNCTIONS });
}

/** Both browsers for one figure, closed together. */
export async function withBrowsers<T>(
  env: BenchEnv,
  work: (claimline: ExtensionBrowser, baseline: LaunchedBrowser) => Promise<T>,
  args: readonly string[] = [],
): Promise<T> {
  const [claimline, baseline] = await Promise.all([launchClaimline(env, args), launchBaseline(env, args)]);
  try {
    return await work(claimline, baseline);
  } finally {
    await Promise.all([claimline.close(), baseline.close()]);
  }
}

/**
 * Runs `withRun` and `withoutRun` alternately, `env.warmups` discarded pairs
 * first, then `runs` measured pairs: with, without, with, without... so that
 * whatever else the machine does hits both sides alike.
 */
export async function interleaved<T>(
  env: BenchEnv,
  withRun: (run: number) => Promise<T>,
  withoutRun: (run: number) => Promise<T>,
  runs = env.runs,
): Promise<{ with: T[]; without: T[] }> {
  const result = { with: [] as T[], without: [] as T[] };
  for (let run = -env.warmups; run < runs; run++) {
    const a = await withRun(run);
    const b = await withoutRun(run);
    if (run >= 0) {
      result.with.push(a);
      result.without.push(b);
    }
  }
  return result;
}
