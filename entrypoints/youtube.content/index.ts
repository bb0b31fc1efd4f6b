import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { envelope, readReply } from '../../src/core/protocol';
import { registeredOverlay } from '../../src/overlay/handoff';
import { startLoader } from '../../src/overlay/loader';

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
        await import(/* @vite-ignore */ browser.runtime.getURL('/overlay.js'));
        await registeredOverlay()?.(bundle, location, signal);
      },
    });
  },
});
