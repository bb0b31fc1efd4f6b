import '../src/platform/buffer-global';
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import type { TabCommand } from '../src/core/protocol';
import { libraryHandlers } from '../src/messaging/library-handlers';
import { noteHandlers } from '../src/messaging/notes-handlers';
import { serve } from '../src/messaging/server';
import { currentConcepts, findTalk } from '../src/storage/talk-catalog';

const ADD_NOTE: TabCommand = { claimline: 1, type: 'overlay.add-note' };

export default defineBackground({
  // Firefox: an event page, which unloads when idle like Chromium's service worker (ignored in MV3).
  persistent: false,
  main() {
    serve({
      'talk.get': ({ videoId }) => findTalk(videoId),
      'talk.concepts': ({ videoId }) => currentConcepts(videoId),
      ...noteHandlers,
      ...libraryHandlers,
    });
    // The user-rebindable shortcut (chrome://extensions/shortcuts) reaches the overlay of the active tab.
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'add-note' && tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, ADD_NOTE).catch(() => undefined);
    });
  },
});
