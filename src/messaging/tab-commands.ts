/** Commands from the background or the popup to a tab's overlay, checked on receipt. */
import browser from 'webextension-polyfill';
import { isTabCommand, type OverlayStatus } from '../core/protocol';

function listen(listener: (raw: unknown) => Promise<unknown> | undefined, signal: AbortSignal) {
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** The rebindable "add note" shortcut, or the popup's button. */
export function watchAddNoteCommand(onCommand: () => void, signal: AbortSignal): void {
  listen((raw) => {
    if (isTabCommand(raw, 'overlay.add-note')) onCommand();
    return undefined;
  }, signal);
}

/** The popup asks what this tab is playing. */
export function answerStatus(status: () => OverlayStatus, signal: AbortSignal): void {
  listen((raw) => (isTabCommand(raw, 'overlay.status') ? Promise.resolve(status()) : undefined), signal);
}
