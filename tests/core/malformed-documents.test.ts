/** One malformed talk document per kind of error: each gets its own message at its line and column, and the good documents of the folder still load. */
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../src/core/corpus';
import { formatDiagnostic } from '../../src/core/diagnostics';
import { seed } from './seeds';

const talk = (front: string, body: string) => `---\n${front}\n---\n${body}`;

const MALFORMED: [string, string, RegExp][] = [
  ['no-id.md', talk('title: No id', 'A claim [00:10]\n'), /^no-id\.md:1:1: error: missing videoId/],
  ['short-id.md', talk('title: Short\nvideoId: abc', 'A claim [00:10]\n'), /^short-id\.md:3:1: error: videoId "abc" is not a YouTube video id/],
  ['number-id.md', talk('videoId: 12345678901', 'A claim [00:10]\n'), /^number-id\.md:2:1: error: videoId must be text/],
  ['duplicate.md', talk('videoId: Y4wMksHyMFg', 'Same video [00:10]\n'), /^duplicate\.md:2:1: error: videoId Y4wMksHyMFg is already used by seeds\/000/],
  ['bad-yaml.md', talk('title: [unclosed\nvideoId: abcdefghijk', 'A claim [00:10]\n'), /^bad-yaml\.md:\d+:\d+: error: front matter is not valid YAML/],
  ['no-claims.md', talk('videoId: abcdefghij1', 'Prose without a single timestamp.\n'), /^no-claims\.md:4:1: error: talk has no claims/],
  ['seconds.md', talk('videoId: abcdefghij2', 'Fine [00:10]\n\nBroken [00:75]\n'), /^seconds\.md:6:8: error: timestamp \[00:75\] cannot be read/],
  ['twelve-hours.md', talk('videoId: abcdefghij3', 'Fine [00:10]\n\nToo late [720:00]\n'), /^twelve-hours\.md:6:10: error: timestamp \[720:00\] is 12 hours or more/],
  ['no-reading.md', talk('videoId: abcdefghij4', 'A [13:00:00] B [00:75:00]\n'), /^no-reading\.md:4:16: error: timestamp \[00:75:00\] cannot be read as mm:ss:ff, and \[13:00:00\] cannot be read as hh:mm:ss/],
  ['anchor.md', talk('videoId: abcdefghij5', 'A <a class="yt-timestamp" data-t="later">[later]</a>\n'), /^anchor\.md:4:3: error: timestamp "later" cannot be read/],
  ['neither.md', 'Just a note to self.\n', /^neither\.md:1:1: error: neither a talk/],
];

describe('malformed documents', () => {
  const corpus = compileCorpus([seed('000'), seed('004'), ...MALFORMED.map(([file, source]) => ({ file, source }))]);
  const errors = corpus.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);

  it.each(MALFORMED)('%s gets its own message with line:column', (file, _source, message) => {
    expect(errors.filter((line) => line.startsWith(`${file}:`))).toEqual([expect.stringMatching(message)]);
  });

  it('the good documents still load', () => {
    expect(corpus.talks.map((t) => t.videoId)).toContain('Y4wMksHyMFg');
    expect(corpus.bibliography).toHaveLength(30);
    expect(corpus.talks.find((t) => t.videoId === 'Y4wMksHyMFg')?.claims).toHaveLength(16);
  });
});
