/**
 * Build step: no code that evaluates strings reaches the extension. Two
 * dependencies carry such code for features Claimline never uses, and
 * Mozilla's review flags both: gray-matter parses `---js` front matter with
 * `eval`, and js-yaml's full schema builds `!!js/function` values with
 * `new Function`. Their modules are swapped for ones without those features
 * (tests/e2e/build.test.ts checks every built file).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const SWAPS: { importer: RegExp; source: RegExp; replacement: string }[] = [
  {
    // gray-matter's index.js and lib/defaults.js require its engine list.
    importer: /[\\/]gray-matter[\\/]/,
    source: /^\.\/(lib\/)?engines(\.js)?$/,
    replacement: fileURLToPath(new URL('../src/platform/gray-matter-engines.ts', import.meta.url)),
  },
  {
    // js-yaml 3's index, loader and dumper require the full schema; the safe one is all gray-matter asks for.
    importer: /[\\/]js-yaml[\\/]lib[\\/]/,
    source: /^\.\/(js-yaml\/)?schema\/default_full(\.js)?$/,
    replacement: fileURLToPath(new URL('../node_modules/js-yaml/lib/js-yaml/schema/default_safe.js', import.meta.url)),
  },
];

function noEval(): Plugin {
  return {
    name: 'claimline:no-eval',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      const swap = SWAPS.find((s) => s.importer.test(importer) && s.source.test(source));
      return swap ? swap.replacement : null;
    },
  };
}

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [noEval()] }));
});
