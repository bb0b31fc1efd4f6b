/** The Markdown table `npm run bench` prints (and the README carries). */
import type { Figure, Machine } from './results';

export function withinBudget(figure: Figure): boolean | null {
  return figure.budget === null ? null : figure.value <= figure.budget;
}

function format(value: number, unit: string): string {
  const abs = Math.abs(value);
  const digits = abs === 0 || Number.isInteger(value) ? 0 : abs < 0.1 ? 4 : abs < 10 ? 2 : abs < 100 ? 1 : 0;
  const text = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit ? `${text} ${unit}` : text;
}

export function markdownTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ok = withinBudget(f);
    const budget = f.budget === null ? '–' : `≤ ${format(f.budget, f.unit)} ${ok ? '✓' : '✗'}`;
    const baseline = f.baseline === null ? '–' : format(f.baseline, f.unit);
    return `| ${f.name} | ${format(f.value, f.unit)} | ${budget} | ${baseline} | ${f.runs} |`;
  });
  return ['| figure | value | budget | baseline | runs |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}; Chromium ${m.chromium}; ${m.date.slice(0, 16).replace('T', ' ')} UTC`;
}
