/**
 * gray-matter's front-matter engines as shipped in the extension: YAML and
 * JSON only. gray-matter's own list also runs `---js` front matter through
 * `eval`, which Claimline refuses anyway (src/core/front-matter.ts) and which
 * Mozilla's review rejects in an add-on. modules/no-eval.ts swaps this file in
 * for `gray-matter/lib/engines.js` at build time; in Node (the CLI, the
 * tests) gray-matter keeps its own.
 */
import jsYaml from 'js-yaml';

export const yaml = {
  parse: (input: string): unknown => jsYaml.safeLoad(input),
  stringify: (data: unknown): string => jsYaml.safeDump(data),
};

export const json = {
  parse: (input: string): unknown => JSON.parse(input),
  stringify: (data: unknown, options?: { replacer?: null; space?: number }): string => JSON.stringify(data, options?.replacer ?? null, options?.space ?? 2),
};
