import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../src/core/protocol-check';
import { envelope, readReply } from '../../src/core/protocol';
import { asVideoId } from '../../src/core/ids';
import { readSettings, DEFAULT_SETTINGS } from '../../src/core/settings';

describe('requests are checked on receipt', () => {
  it('accepts a well-formed request', () => {
    expect(readEnvelope(envelope('talk.get', { videoId: asVideoId('Y4wMksHyMFg') }))).toEqual({
      ok: true,
      message: { claimline: 1, type: 'talk.get', payload: { videoId: 'Y4wMksHyMFg' } },
    });
  });

  it.each([
    [null, 'not a Claimline message'],
    [{ type: 'talk.get' }, 'not a Claimline message'],
    [{ claimline: 1, type: 'talk.drop', payload: {} }, 'unknown request type "talk.drop"'],
    [{ claimline: 1, type: 'toString', payload: {} }, 'unknown request type "toString"'],
    [{ claimline: 1, type: 'talk.get', payload: { videoId: 'short' } }, 'talk.get: videoId: must be an 11-character YouTube video id'],
    [{ claimline: 1, type: 'talk.get', payload: { videoId: 'Y4wMksHyMFg', extra: 1 } }, /talk\.get: extra: /],
    [{ claimline: 1, type: 'talk.get' }, /talk\.get: /],
  ])('refuses %j', (raw, error) => {
    const result = readEnvelope(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('replies are checked too', () => {
    expect(readReply({ ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(readReply({ ok: false, error: 'disk full' })).toEqual({ ok: false, error: 'disk full' });
    expect(readReply(undefined).ok).toBe(false);
    expect(readReply({ ok: 'yes' }).ok).toBe(false);
  });
});

describe('settings', () => {
  it('a missing or malformed field takes its default, the others are kept', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ collapsed: true, markersVisible: 'no', future: 1 })).toEqual({ ...DEFAULT_SETTINGS, collapsed: true });
  });
});
