/** Following YouTube's in-page navigation: the first load, `yt-navigate-finish`, m.youtube.com's `state-navigateend`, back/forward. */
import { NAVIGATION_EVENTS } from './selectors';

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
