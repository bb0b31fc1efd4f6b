import '../../src/platform/buffer-global';
import { followSystemTheme } from '../../src/platform/system-theme';
import browser from 'webextension-polyfill';
import { h, render } from 'preact';
import type { OverlayStatus, TabCommand } from '../../src/core/protocol';
import { download } from '../../src/library/download';
import { request } from '../../src/messaging/client';
import { startPopup } from '../../src/popup/popup-controller';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/popup/popup.css';

const root = document.getElementById('app')!;
followSystemTheme(document.documentElement, window);
const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
const tell = async (type: TabCommand['type']) => {
  const id = await activeTab();
  if (id === undefined) throw new Error('no active tab');
  return browser.tabs.sendMessage(id, { claimline: 1, type } satisfies TabCommand);
};

void startPopup({
  status: async () => ((await tell('overlay.status').catch(() => null)) as OverlayStatus | null) ?? null,
  addNote: async () => void (await tell('overlay.add-note')),
  bundle: (videoId) => request('talk.get', { videoId }),
  notes: (videoId) => request('notes.list', { videoId }),
  openLibrary: () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  },
  save: (file) => download(document, file.name, file.content, file.mime),
  close: () => window.close(),
  render: (props) => render(h(PopupApp, props), root),
});
