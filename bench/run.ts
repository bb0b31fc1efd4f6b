/**
 * `npm run bench` (after `wxt build`): every figure of issue 6 in one go, on
 * the built extension in headless Chromium against the stand-in watch page.
 * Writes bench/results.json and prints the table. `-- --only NAME[,NAME]`
 * runs some figures (names as in FIGURES below), for working on one.
 */
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/harness/server';
import { contentScriptSize } from './figures/content-script-size';
import { corpusCompile } from './figures/corpus-compile';
import { navigationLeaks } from './figures/navigation-leaks';
import { noteSave } from './figures/note-save';
import { overlayVisible } from './figures/overlay-visible';
import { scriptTimeOther } from './figures/script-time-other';
import { scriptTimeTalk } from './figures/script-time-talk';
import { tenThousandNotes } from './figures/ten-thousand-notes';
import { timeupdate } from './figures/timeupdate';
import { benchVideos, snapshotBuild, type BenchEnv } from './lib/env';
import { machine, writeResults, type Figure } from './lib/results';
import { machineLine, markdownTable } from './lib/table';

const FIGURES: Record<string, (env: BenchEnv) => Promise<Figure[]>> = {
  'content-script-size': contentScriptSize,
  'script-time-talk': scriptTimeTalk,
  'script-time-other': scriptTimeOther,
  'overlay-visible': overlayVisible,
  timeupdate,
  'navigation-leaks': navigationLeaks,
  'note-save': noteSave,
  'ten-thousand-notes': tenThousandNotes,
  'corpus-compile': corpusCompile,
};

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

async function main(): Promise<void> {
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? '').split(',') : null;
  const unknown = only?.filter((name) => !(name in FIGURES)) ?? [];
  if (unknown.length) throw new Error(`unknown figure ${unknown.join(', ')}; known: ${Object.keys(FIGURES).join(', ')}`);

  const startedAt = new Date();
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const build = await snapshotBuild();
  const server = await startServer({ videos: benchVideos(build) });
  const env: BenchEnv = { server, build, runs: 10, warmups: 1, log };
  const figures: Figure[] = [];
  try {
    for (const [name, measure] of Object.entries(FIGURES)) {
      if (only && !only.includes(name)) continue;
      const began = performance.now();
      log(`${name}…`);
      figures.push(...(await measure(env)));
      log(`${name}: ${((performance.now() - began) / 1000).toFixed(1)} s`);
    }
  } finally {
    await server.close();
    build.remove();
  }
  const results = { machine: machine(startedAt), figures };
  if (!only) writeResults(RESULTS, results);
  console.log(markdownTable(figures));
  console.log(`\n${machineLine(results.machine)}; ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s in all`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
