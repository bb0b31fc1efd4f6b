import { describe, expect, it } from 'vitest';
import { checkAgainstDuration } from '../../src/core/duration-check';
import { parseTalk } from '../../src/core/parse-talk';
import { seed } from './seeds';

const talk002 = () => {
  const { file, source } = seed('002');
  return parseTalk(file, source).talk!;
};

describe('checking inferred times against the real video', () => {
  it('keeps the inferred reading when every claim fits', () => {
    const talk = talk002();
    const check = checkAgainstDuration(talk.claims, talk.timestampFormat, 31 * 60);
    expect(check).toMatchObject({ switched: false, beyond: [], notice: null, format: 'mm:ss:ff' });
  });

  it('switches to the other reading when only it fits the duration, and says so', () => {
    const doc = '---\nvideoId: abcdefghijk\n---\nA [00:01:05]\n\nB [00:02:07]\n\nC [00:40:09]\n';
    const { talk } = parseTalk('x.md', doc);
    expect(talk?.timestampFormat).toBe('hh:mm:ss');
    const check = checkAgainstDuration(talk!.claims, talk!.timestampFormat, 300);
    expect(check.switched).toBe(true);
    expect(check.format).toBe('mm:ss:ff');
    expect(check.claims.map((c) => [c.start, c.end])).toEqual([[1, 2], [2, 40], [40, null]]);
    expect(check.notice).toBe('Times read as mm:ss:ff: read as hh:mm:ss, 1 of 3 claims fell after the end of this 5:00 video.');
  });

  it('flags claims beyond the end when no reading fits', () => {
    const talk = talk002();
    const check = checkAgainstDuration(talk.claims, talk.timestampFormat, 20 * 60);
    expect(check.switched).toBe(false);
    expect(check.beyond).toContain('t30-10-00');
    expect(check.notice).toMatch(/claims start after this 20:00 video ends/);
  });
});
