/** What `npm run bench` writes to `bench/results.json`, and how a figure is made from samples. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { CHROMIUM_PATH } from '../../tests/e2e/harness/chromium';
import { differences, max, median, min } from './stats';

/** One row of the table. Times in ms, sizes in KB (1,024 bytes) unless `unit` says otherwise. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The most the value may be; null for an informational figure. */
  budget: number | null;
  /** The same measurement without Claimline (or the reference named in the figure); null where there is none. */
  baseline: number | null;
  /** Samples behind `value` (measured runs, warm-ups excluded). */
  runs: number;
  min: number;
  max: number;
}

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  chromium: string;
  /** ISO 8601, when the run started. */
  date: string;
}

export interface Results {
  machine: Machine;
  figures: Figure[];
}

export function machine(startedAt: Date): Machine {
  const version = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    chromium: version.match(/Chromium\s+([\d.]+)/)?.[1] ?? version.trim(),
    date: startedAt.toISOString(),
  };
}

export function writeResults(path: string, results: Results): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

interface FigureSpec {
  name: string;
  unit: string;
  budget: number | null;
}

/** A figure whose value is the median of `samples`; `baseline` is a number already reduced (or null). */
export function medianFigure(spec: FigureSpec, samples: readonly number[], baseline: number | null = null): Figure {
  return { ...spec, value: median(samples), baseline, runs: samples.length, min: min(samples), max: max(samples) };
}

/**
 * A figure for "with Claimline minus without", from runs interleaved in pairs:
 * the value is the median of the paired differences (so a slow moment of the
 * machine hits both halves of a pair), min and max are those of the
 * differences, and the baseline is the median without Claimline.
 */
export function addedFigure(spec: FigureSpec, withSamples: readonly number[], withoutSamples: readonly number[]): Figure {
  const added = differences(withSamples, withoutSamples);
  return { ...spec, value: median(added), baseline: median(withoutSamples), runs: added.length, min: min(added), max: max(added) };
}

/** A single measured value (a size, a count). */
export function exactFigure(spec: FigureSpec, value: number, baseline: number | null = null): Figure {
  return { ...spec, value, baseline, runs: 1, min: value, max: value };
}
