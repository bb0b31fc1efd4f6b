/**
 * Broken input at volume: 10,000 generated cases per parser a run. On a
 * failure fast-check prints the seed and path to replay it
 * (`fc.assert(..., { seed, path })`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../src/core/bibliography';
import { readAnnotations } from '../../src/core/import/annotations';
import { parseDocument } from '../../src/core/parse-document';

const RUNS = 10_000;
const markdownish = fc.array(
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('[[', ']]', ' | ', '[00:01:02]', '[99:99]', '[1:02:03]', '<a class="yt-timestamp" data-t="00:00:05">', '</a>', '**', '\n', '\n\n', '## ', '* ', '1. ', '> ', '[1] ', '---\n', 'videoId: abcdefghijk\n', '&amp;', '\u202E', '\u200B', '`'),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));

describe(`parsers under ${RUNS} generated inputs each`, { timeout: 60_000 }, () => {
  it('a document never throws; every problem has a position', () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        const parsed = parseDocument({ file: 'fuzz.md', source });
        for (const d of parsed.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a bibliography never throws', () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        const { entries } = parseBibliography('fuzz.md', source);
        for (const entry of entries) expect(entry.key).toMatch(/^[a-z0-9]*$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('an annotation file of any JSON shape gives notes or positioned problems, never an exception', () => {
    const annotationish = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.record({ type: fc.constantFrom('Annotation', 'AnnotationPage', 'AnnotationCollection', 'TextualBody'), items: fc.array(tie('value'), { maxLength: 3 }), body: tie('value'), target: tie('value') }, { requiredKeys: ['type'] }),
        fc.record({ source: fc.constantFrom('https://youtu.be/Y4wMksHyMFg', 'https://www.youtube.com/watch?v=Y4wMksHyMFg', 'javascript:alert(1)'), selector: fc.record({ type: fc.constant('FragmentSelector'), value: fc.string() }) }),
      ),
    })).value;
    fc.assert(
      fc.property(annotationish, (json) => {
        const result = readAnnotations(json, { now: new Date('2026-11-23T00:00:00Z') });
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});
