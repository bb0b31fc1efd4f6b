// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import '../../src/platform/quiet-content-script-context';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

describe('the content script context, announced quietly', () => {
  it('a newer copy of the script still makes the older one step aside', () => {
    const older = new ContentScriptContext('youtube');
    expect(older.signal.aborted).toBe(false);
    const newer = new ContentScriptContext('youtube');
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
    // Another content script's start is not ours.
    new ContentScriptContext('other');
    expect(newer.signal.aborted).toBe(false);
  });

  it('posts no message to the page', () => {
    const post = vi.spyOn(window, 'postMessage');
    new ContentScriptContext('youtube');
    expect(post).not.toHaveBeenCalled();
    post.mockRestore();
  });
});
