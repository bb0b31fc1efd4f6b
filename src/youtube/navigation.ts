/** Following YouTube's in-page navigation: the first load, `yt-navigate-finish`, m.youtube.com's `state-navigateend`, back/forward. */
import { NAVIGATION_EVENTS, NAVIGATION_START_EVENTS } from './selectors';

/**
 * Calls `onChange` with the page URL now and after every navigation that
 * changed it. Listeners die with `signal`.
 */
export function watchNavigation(win: Window, onChange: (href: string) => void, signal: AbortSignal): void {
  let last: string | null = null;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  for (const type of NAVIGATION_EVENTS) win.document.addEventListener(type, check, { signal });
  win.addEventListener('popstate', check, { signal });
  check();
}

/**
 * Calls `onStart` with the URL an in-page navigation is going to, as soon as
 * YouTube starts it (its own fetch then runs alongside ours). Events without
 * a readable destination are ignored.
 */
export function watchNavigationStart(win: Window, onStart: (href: string) => void, signal: AbortSignal): void {
  const started = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail as { url?: unknown; endpoint?: { commandMetadata?: { webCommandMetadata?: { url?: unknown } } } } | null;
    const path = detail?.endpoint?.commandMetadata?.webCommandMetadata?.url ?? detail?.url;
    if (typeof path !== 'string') return;
    try {
      onStart(new URL(path, win.location.href).href);
    } catch {
      // Not a URL: nothing to prepare.
    }
  };
  for (const type of NAVIGATION_START_EVENTS) win.document.addEventListener(type, started, { signal });
}
