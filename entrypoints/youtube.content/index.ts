import '../../src/platform/quiet-content-script-context';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { envelope, readReply } from '../../src/core/protocol';
import { registeredOverlay } from '../../src/overlay/handoff';
import { startLoader } from '../../src/overlay/loader';
import { SETTINGS_KEY } from '../../src/storage/settings-key';

const ORPHAN_CHECK_MS = 2000;

// `wxt/browser` rather than webextension-polyfill here: this script loads on
// every YouTube page, and two calls need no polyfill.
export default defineContentScript({
  matches: ['*://www.youtube.com/*', '*://m.youtube.com/*', '*://music.youtube.com/*', '*://www.youtube-nocookie.com/*'],
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startLoader({
      win: window,
      inFrame: window.top !== window,
      signal: ctx.signal,
      lookup: async (videoId) => {
        const reply = readReply<'talk.get'>(await browser.runtime.sendMessage(envelope('talk.get', { videoId })));
        return reply.ok ? reply.value : null;
      },
      mount: async (bundle, location, signal) => {
        // The overlay's code and the viewer's settings load side by side.
        const [, stored] = await Promise.all([
          import(/* @vite-ignore */ browser.runtime.getURL('/overlay.js')),
          browser.storage.local.get(SETTINGS_KEY),
        ]);
        // Chromium tells an orphaned content script nothing when its extension
        // is updated or reloaded: while a talk is open, ask now and then, so the
        // overlay can step aside (keeping any unsaved note on the page).
        const check = setInterval(() => void ctx.isInvalid, ORPHAN_CHECK_MS);
        signal.addEventListener('abort', () => clearInterval(check), { once: true });
        await registeredOverlay()?.(bundle, location, signal, stored[SETTINGS_KEY]);
      },
    });
  },
});
