import { describe, expect, it } from 'vitest';
import { describeStorageError } from '../../src/storage/storage-errors';

describe('storage failures in words', () => {
  it.each([
    ['QuotaExceededError', /storage for Claimline is full/],
    ['InvalidStateError', /database was closed/],
    ['VersionError', /Reload this page/],
  ])('%s', (name, words) => {
    expect(describeStorageError(new DOMException('x', name))).toMatch(words);
  });
});
