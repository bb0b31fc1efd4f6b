/** Commands from the background to a tab's overlay (the rebindable "add note" shortcut), checked on receipt. */
import browser from 'webextension-polyfill';
import { isTabCommand } from '../core/protocol';

export function watchAddNoteCommand(onCommand: () => void, signal: AbortSignal): void {
  const listener = (raw: unknown) => {
    if (isTabCommand(raw)) onCommand();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
