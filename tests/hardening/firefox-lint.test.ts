/** The Firefox build passes Mozilla's linter (`web-ext lint`) with no errors. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

it('web-ext lint finds no errors in the Firefox build', () => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', join(ROOT, '.output', 'firefox-mv2'), '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(output) as { summary: { errors: number }; errors: { code: string; message: string; file?: string }[] };
  expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
}, 120_000);
