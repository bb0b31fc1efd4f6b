/**
 * Figure 2: main-thread time Claimline adds to the first load of a talk's
 * watch page. Each run opens the talk (the seed talk with the most claims,
 * `autoplay=0`) in a new tab of the browser with Claimline and then of the
 * browser without, waits for the same settle condition (video metadata; with
 * Claimline also the overlay's `claimline-overlay-visible` mark; then
 * 500 ms), and reads `ScriptDuration` and `TaskDuration` of the tab. The
 * figure is the median over the pairs of (with − without).
 */
import { interleaved, withBrowsers, type BenchEnv } from '../lib/env';
import { loadCost } from '../lib/load-cost';
import { addedFigure, type Figure } from '../lib/results';

export function heaviestTalk(env: BenchEnv): string {
  const talk = [...env.build.talks].sort((a, b) => b.claims - a.claims)[0];
  if (!talk) throw new Error('the build holds no talk');
  return talk.videoId;
}

export async function scriptTimeTalk(env: BenchEnv): Promise<Figure[]> {
  const url = env.server.url(`/watch?v=${heaviestTalk(env)}&autoplay=0`);
  const runs = await withBrowsers(env, (claimline, baseline) =>
    interleaved(env, () => loadCost(claimline, url, true), () => loadCost(baseline, url, false)),
  );
  const pick = (key: keyof (typeof runs.with)[number]) => [runs.with.map((r) => r[key]), runs.without.map((r) => r[key])] as const;
  return [
    addedFigure({ name: 'added script time, first load of a talk (thread CPU)', unit: 'ms', budget: 12 }, ...pick('scriptThread')),
    addedFigure({ name: 'added script time, first load of a talk (wall clock; info)', unit: 'ms', budget: null }, ...pick('scriptWall')),
    addedFigure({ name: 'added main-thread work (script, style, layout, paint), first load of a talk (thread CPU; info)', unit: 'ms', budget: null }, ...pick('taskThread')),
  ];
}
