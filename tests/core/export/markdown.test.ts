/** The Markdown export, read as a note app (and a person) would read it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { escapeInline, talkMarkdown } from '../../../src/core/export/markdown';
import { inertHtml } from '../../../src/core/export/inert-html';
import { noteAppTag } from '../../../src/core/export/note-tag';
import { exportFiles } from '../../../src/core/export/files';
import { asClaimId, asNoteId } from '../../../src/core/ids';
import { bundleOf, EXPORTED_AT, NOTES, workshopInput, WORKSHOP } from './fixture';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'export');
const markdown = talkMarkdown(workshopInput);
const lines = markdown.split('\n');

describe('talkMarkdown', () => {
  it('matches the reviewed file for the workshop talk and its notes', () => {
    const [file] = exportFiles([workshopInput], 'markdown');
    expect(file?.name).toBe('causal-inference-models-and-ai-workshops-zFeAtV7AN0A.md');
    expect(file?.content).toBe(readFileSync(join(FIXTURES, file?.name ?? ''), 'utf8'));
  });

  it('parses back with gray-matter: front matter fields intact, the body starts with the title', () => {
    const parsed = matter(markdown);
    expect(parsed.data).toEqual({
      title: 'Causal inference models and AI workshops',
      videoId: 'zFeAtV7AN0A',
      url: 'https://www.youtube.com/watch?v=zFeAtV7AN0A',
      exported: '2025-03-01T09:30:00.000Z',
      tags: ['benchmarks', 'causal-discovery', 'pearl', 'todo'],
    });
    expect(parsed.content.startsWith('# Causal inference models and AI workshops\n')).toBe(true);
  });

  it('keeps a title with YAML syntax in it a plain string', () => {
    const bundle = bundleOf('zFeAtV7AN0A');
    const title = 'Causality: "yes" - no? #1 [draft] & more: ' + 'long '.repeat(30);
    const out = talkMarkdown({ bundle: { ...bundle, talk: { ...bundle.talk, title } }, notes: [], exportedAt: EXPORTED_AT });
    expect(matter(out).data).toMatchObject({ title, tags: [] });
  });

  it('writes one heading per section change, ## and ### by depth, and repeats a parent when going back up', () => {
    const headings = lines.filter((l) => l.startsWith('#'));
    expect(headings.slice(0, 5)).toEqual([
      '# Causal inference models and AI workshops',
      '## Workshop Overview',
      '## Key Presentations and Discussions',
      '### LLMs as Aids in Causal Processes',
      '### Judea Pearl on LLMs and Causal Models',
    ]);
    expect(headings.filter((h) => h === '## Workshop Survey Results')).toHaveLength(2);
    expect(headings.at(-1)).toBe('## References');
  });

  it('starts every claim with a whole-second time link, then its text, then its shown citations', () => {
    expect(lines).toContain(
      '- [12:41](https://www.youtube.com/watch?v=zFeAtV7AN0A&t=761s) Oscar CIO presented a critical review of causal inference benchmarks for LLMs. [@yang2023critical]',
    );
    const claimLines = lines.filter((l) => /^- \[\d+:\d{2}\]/.test(l) && !l.includes('*Note*'));
    expect(claimLines).toHaveLength(bundleOf('zFeAtV7AN0A').talk.claims.length);
    // Links found by the linker below the shown confidence are not cited.
    expect(markdown).not.toContain('@jin2024cladder');
  });

  it('puts the bold label before the claim text', () => {
    const out = talkMarkdown({ bundle: bundleOf('sljBU_HFnFs'), notes: [], exportedAt: EXPORTED_AT });
    expect(out).toMatch(/^- \[\d+:\d{2}\]\(https:\/\/www\.youtube\.com\/watch\?v=sljBU_HFnFs&t=\d+s\) \*\*[^*]+\*\*: \S/m);
  });

  it('nests a claim\'s notes under it: time link, stance, text, tags', () => {
    const at = lines.indexOf('- [12:41](https://www.youtube.com/watch?v=zFeAtV7AN0A&t=761s) Oscar CIO presented a critical review of causal inference benchmarks for LLMs. [@yang2023critical]');
    expect(lines[at + 1]).toBe(
      '  - [12:45](https://www.youtube.com/watch?v=zFeAtV7AN0A&t=765s) **Disagree** Benchmarks built from textbook examples are memorised, not reasoned about. #benchmarks #causal-discovery',
    );
    expect(markdown).toContain('  - [20:37–21:02](https://www.youtube.com/watch?v=zFeAtV7AN0A&t=1237s) **Agree** ARC: GPT-4 at 25% & humans far above. 2 < 3 is still true.');
  });

  it('keeps a multi-line note inside its list item, as written', () => {
    const at = lines.findIndex((l) => l.includes('**Question** Pearl'));
    expect(lines.slice(at, at + 8)).toEqual([
      '  - [8:08](https://www.youtube.com/watch?v=zFeAtV7AN0A&t=488s) **Question** Pearl\'s "who cares?" is the point:',
      '',
      '    - behaviour is what we can *test*',
      '    - a world model is what we **want**',
      '',
      '    > generalisation under local perturbations',
      '',
      '    #pearl',
    ]);
    expect(lines[at + 8]).toMatch(/^- \[8:25\]/);
  });

  it('sits notes without a claim at their time, in time order, and before the first claim at the top', () => {
    expect(lines[lines.indexOf('# Causal inference models and AI workshops') + 2]).toBe('- [0:12](https://www.youtube.com/watch?v=zFeAtV7AN0A&t=12s) *Note* Intro music until 1:23.');
    // 28:20 is spoken during [28:18:00], which the summary writes after [28:50:00].
    const spoken = lines.findIndex((l) => l.startsWith('- [28:18]'));
    expect(lines[spoken - 1]).toMatch(/^- \[28:50\]/);
    expect(lines[spoken + 1]).toBe('- [28:20](https://www.youtube.com/watch?v=zFeAtV7AN0A&t=1700s) *Note* Check the survey numbers against the slides. #todo');
    // A claim id the talk no longer has: placed by time, after [09:52:00].
    const stale = lines.findIndex((l) => l.includes('Meta-science: is this'));
    expect(lines[stale - 1]).toMatch(/^- \[9:52\]/);
  });

  it('leaves out deleted notes and notes on other videos', () => {
    expect(markdown).not.toContain('must not appear');
    expect(markdown).not.toContain('On the other talk');
    expect(NOTES.some((n) => n.deletedAt !== null)).toBe(true);
  });

  it('makes raw HTML in a note inert and leaves code alone', () => {
    expect(markdown).toContain("Synthetic data &lt;script>alert('x')&lt;/script> is not the problem --> curation is.");
    expect(markdown).not.toMatch(/<script/i);
    expect(inertHtml('Use `<div>` and\n\n```html\n<b>bold</b>\n```\n\n<https://example.org> <img src=x onerror=alert(1)>')).toBe(
      'Use `<div>` and\n\n```html\n<b>bold</b>\n```\n\n<https://example.org> &lt;img src=x onerror=alert(1)>',
    );
    expect(inertHtml('<!-- hidden -->\n<div>block</div>')).toBe('&lt;!-- hidden -->\n&lt;div>block&lt;/div>');
  });

  it('lists the cited papers with their moments', () => {
    expect(lines).toContain(
      '- **lampinen2023passive**: Andrew Kyle Lampinen, Stephanie C.Y. Chan, Ishita Dasgupta, Andrew Joo Hun Nam, Jane X Wang. *Passive learning of active causal strategies in agents and language models*. Thirty-seventh Conference on Neural Information Processing Systems, 2023. <https://openreview.net/forum?id=BRpi8YAfac> Cited at [21:38](https://www.youtube.com/watch?v=zFeAtV7AN0A&t=1298s), [22:32](https://www.youtube.com/watch?v=zFeAtV7AN0A&t=1352s).',
    );
  });

  it('escapes claim text so that it cannot become HTML or structure', () => {
    const bundle = bundleOf('zFeAtV7AN0A');
    const [first, ...rest] = bundle.talk.claims;
    if (!first) throw new Error('no claims');
    const hostile = { ...first, label: '<b>x</b>', text: '# not a heading\n- nor a list <script>alert(1)</script> [[Wiki]] *em* `code` $x$ #tag ==hl== %%c%% &amp;' };
    const out = talkMarkdown({ bundle: { ...bundle, talk: { ...bundle.talk, claims: [hostile, ...rest] } }, notes: [], exportedAt: EXPORTED_AT });
    expect(out).toContain(
      '**&lt;b&gt;x&lt;/b&gt;**: \\# not a heading - nor a list &lt;script&gt;alert(1)&lt;/script&gt; \\[\\[Wiki\\]\\] \\*em\\* \\`code\\` \\$x\\$ \\#tag \\=\\=hl\\=\\= \\%\\%c\\%\\% &amp;amp;',
    );
    expect(escapeInline('- item')).toBe('\\- item');
    expect(escapeInline('1. first')).toBe('1\\. first');
    expect(escapeInline('## two')).toBe('\\## two');
    expect(escapeInline('C# and 50% of R&D')).toBe('C# and 50% of R&D');
  });

  it('turns tags into ones note apps accept', () => {
    expect(noteAppTag('causal discovery')).toBe('causal-discovery');
    expect(noteAppTag('Kıcıman/ideas')).toBe('Kıcıman/ideas');
    expect(noteAppTag('what?!')).toBe('what');
  });

  it('writes a talk without notes or papers as a plain outline', () => {
    const bundle = bundleOf('zFeAtV7AN0A');
    const out = talkMarkdown({ bundle: { ...bundle, papers: [] }, notes: [], exportedAt: EXPORTED_AT });
    expect(out).not.toContain('## References');
    expect(out).not.toContain('[@');
    expect(matter(out).data['tags']).toEqual([]);
  });

  it('attaches a note to its claim even when the note is earlier than the claim', () => {
    const early = { ...NOTES[0]!, id: asNoteId('11111111-2222-4333-8444-555555555555'), start: 5, claimId: asClaimId('t30-10-00'), videoId: WORKSHOP };
    const out = talkMarkdown({ ...workshopInput, notes: [early] }).split('\n');
    expect(out[out.findIndex((l) => l.startsWith('- [30:10]')) + 1]).toMatch(/^ {2}- \[0:05\]/);
  });
});
