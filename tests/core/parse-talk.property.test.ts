/** The parser on generated documents: it never throws, and markers and text map one to one onto claims. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTalk } from '../../src/core/parse-talk';
import { inferFormat, splitMarker } from '../../src/core/timestamp';

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,7}[,;!?"']?$/);
const words = fc.array(word, { minLength: 0, maxLength: 6 }).map((ws) => ws.join(' '));
const wikiLink = fc.record({ target: fc.stringMatching(/^[A-Za-z][A-Za-z _]{0,12}[A-Za-z]$/), label: fc.option(word, { nil: undefined }) });
const pad = (n: number) => String(n).padStart(2, '0');
const twoPart = fc.record({ m: fc.integer({ min: 0, max: 600 }), s: fc.integer({ min: 0, max: 59 }) });
const form = fc.constantFrom('bracket', 'anchor');
const piece = fc.record({ before: words, link: fc.option(wikiLink, { nil: undefined }), after: words, time: twoPart, form, stop: fc.boolean() });
const block = fc.record({ kind: fc.constantFrom('paragraph', 'bullet', 'quote'), pieces: fc.array(piece, { minLength: 1, maxLength: 4 }) });

describe('the parser on generated documents', () => {
  it('never throws on arbitrary text and returns claims or positioned errors', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.boolean(), (body, withFrontMatter) => {
        const source = withFrontMatter ? `---\nvideoId: abcdefghijk\n---\n${body}` : body;
        const { talk, diagnostics } = parseTalk('x.md', source);
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
        if (talk) for (const c of talk.claims) expect(Number.isFinite(c.start)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on Markdown-shaped noise built from the seeds’ own syntax', () => {
    const token = fc.constantFrom('[[', ']]', '|', '[00:01:02]', '[12:34]', '<a class="yt-timestamp" data-t="00:00:05">', '</a>', '**', '*', '\n', '\n\n', '## ', '* ', '1. ', '> [!NOTE] ', '---\n', 'x', ' ', '`', '&amp;', '[!', ']');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const { talk } = parseTalk('x.md', `---\nvideoId: abcdefghijk\n---\n${tokens.join('')}`);
        if (talk) for (const c of talk.claims) expect(c.text).not.toMatch(/\uE000/);
      }),
      { numRuns: 2000 },
    );
  });

  it('every marker yields exactly one claim, and no claim loses or duplicates text', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const expected: { text: string; start: number }[] = [];
        const lines = blocks.map(({ kind, pieces }) => {
          const parts = pieces.map(({ before, link, after, time, form, stop }) => {
            const marker = `${time.m}:${pad(time.s)}`;
            const shown = link ? (link.label ?? link.target.trim()) : '';
            const text = [before, shown, after].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
            expected.push({ text: text + (stop ? '.' : ''), start: time.m * 60 + time.s });
            const linkSource = link ? (link.label ? `[[${link.target} | ${link.label}]]` : `[[${link.target}]]`) : '';
            const markerSource = form === 'anchor' ? `<a class="yt-timestamp" data-t="${marker}">[${marker}]</a>` : `[${marker}]`;
            return `${[before, linkSource, after].filter(Boolean).join(' ')} ${markerSource}${stop ? '.' : ''}`;
          });
          const prefix = kind === 'bullet' ? '* ' : kind === 'quote' ? '> ' : '';
          return prefix + parts.join(' ');
        });
        const { talk, diagnostics } = parseTalk('gen.md', `---\ntitle: G\nvideoId: abcdefghijk\n---\n${lines.join('\n\n')}\n`);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(talk?.claims.map((c) => ({ text: c.text, start: c.start }))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('timestamp format inference on generated documents', () => {
  const marker = (fields: number[]) => {
    const text = fields.map(pad).join(':');
    return { text, fields: splitMarker(text), offset: 0 };
  };

  it('talks written hh:mm:ss with varied seconds are read as hh:mm:ss', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })), { minLength: 8, maxLength: 60 }), (times) => {
        fc.pre(new Set(times.map((t) => t[2])).size >= 4);
        expect(inferFormat(times.map(marker)).format).toBe('hh:mm:ss');
      }),
    );
  });

  it('talks written mm:ss:ff are read as mm:ss:ff, whether long or short', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })), { minLength: 5, maxLength: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (times, frame) => {
          fc.pre(times.some(([m]) => m > 0));
          expect(inferFormat(times.map(([m, s]) => marker([m, s, frame]))).format).toBe('mm:ss:ff');
        },
      ),
    );
  });

  it('a document where no reading fits gets an error, not a guess', () => {
    const result = inferFormat([marker([13, 0, 0]), marker([0, 75, 0])]);
    expect(result.error?.message).toMatch(/cannot be read as mm:ss:ff/);
  });

  it('two-part markers only: minutes and seconds', () => {
    expect(inferFormat([{ text: '12:34', fields: [12, 34], offset: 0 }]).format).toBe('mm:ss');
  });
});
