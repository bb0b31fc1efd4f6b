/** The built package of the browser under test: what it asks for, and what it carries where. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_BUILD, browserUnderTest } from './harness/browser';
import { builtTalks } from './talks';

const OUTPUT = join(import.meta.dirname, '..', '..', EXTENSION_BUILD[browserUnderTest()]);
const manifest = JSON.parse(readFileSync(join(OUTPUT, 'manifest.json'), 'utf8'));

describe('the built extension', () => {
  it('asks for storage and nothing else; a new permission must be a deliberate change here', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('runs its content script only on YouTube hosts', () => {
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([
      '*://m.youtube.com/*',
      '*://music.youtube.com/*',
      '*://www.youtube-nocookie.com/*',
      '*://www.youtube.com/*',
    ]);
  });

  it('offers a rebindable shortcut for a new note that YouTube does not use', () => {
    expect(manifest.commands['add-note'].suggested_key.default).toBe('Alt+Shift+N');
  });

  it('the content script carries no talk: every talk is a separate file fetched when opened', () => {
    const script = readFileSync(join(OUTPUT, 'content-scripts', 'youtube.js'), 'utf8');
    for (const talk of builtTalks()) {
      expect(script).not.toContain(talk.title);
      expect(readdirSync(join(OUTPUT, 'talks'))).toContain(`${talk.videoId}.json`);
    }
    expect(script).not.toContain('seather');
  });

  it('carries no code that evaluates strings (Mozilla’s review refuses eval and new Function)', () => {
    const files = readdirSync(OUTPUT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(3);
    const evaluating = files.filter((file) => /\beval\(|new Function\(/.test(readFileSync(join(OUTPUT, file), 'utf8')));
    expect(evaluating).toEqual([]);
  });

  it.runIf(browserUnderTest() === 'firefox')('Firefox: an event page, a fixed id and the oldest Firefox it runs in', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.background).toEqual({ persistent: false, scripts: ['background.js'] });
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: 'claimline@claimline.invalid', strict_min_version: expect.stringMatching(/^\d+\.0$/) });
    expect(manifest.browser_specific_settings.gecko_android).toMatchObject({ strict_min_version: expect.stringMatching(/^\d+\.0$/) });
  });
});
