/**
 * Figure 3: the same as figure 2 on a watch page that is not a talk (a video
 * id the build does not know). There the content script only reads the URL
 * and asks the background once; nothing else loads. The settle condition
 * is video metadata then 500 ms, on both sides.
 */
import { interleaved, OTHER_VIDEOS, withBrowsers, type BenchEnv } from '../lib/env';
import { loadCost } from '../lib/load-cost';
import { addedFigure, type Figure } from '../lib/results';

export async function scriptTimeOther(env: BenchEnv): Promise<Figure[]> {
  const url = env.server.url(`/watch?v=${OTHER_VIDEOS[0]}&autoplay=0`);
  const runs = await withBrowsers(env, (claimline, baseline) =>
    interleaved(env, () => loadCost(claimline, url, false), () => loadCost(baseline, url, false)),
  );
  const pick = (key: keyof (typeof runs.with)[number]) => [runs.with.map((r) => r[key]), runs.without.map((r) => r[key])] as const;
  return [
    addedFigure({ name: 'added script time, first load of a page that is not a talk (thread CPU)', unit: 'ms', budget: 3 }, ...pick('scriptThread')),
    addedFigure({ name: 'added script time, first load of a page that is not a talk (wall clock; info)', unit: 'ms', budget: null }, ...pick('scriptWall')),
  ];
}
