/** Telling the overlay when its place may have changed: theater, fullscreen, sizes, a late side column. */
import { query } from './selectors';

/** How long to wait for a side column that is not there yet. */
const LATE_LAYOUT_MS = 15_000;

export function watchLayout(doc: Document, win: Window, onChange: () => void, signal: AbortSignal): void {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) onChange();
    });
  };
  doc.addEventListener('fullscreenchange', schedule, { signal });
  // Sizes change when the window does, and when YouTube's styles arrive after
  // the content script started: both can move the side column.
  const sizes = new ResizeObserver(schedule);
  const observeSizes = () => {
    for (const name of ['player', 'sideColumn'] as const) {
      const el = query(doc, name);
      if (el) sizes.observe(el);
    }
  };
  observeSizes();
  const attributes = new MutationObserver(schedule);
  const observePage = () => {
    const page = query(doc, 'watchPage');
    if (page) attributes.observe(page, { attributes: true, attributeFilter: ['theater', 'fullscreen', 'is-two-columns_'] });
    return !!page;
  };
  // The watch page and its side column render after the content script starts:
  // watch the document only until both exist.
  if (!observePage() || !query(doc, 'sideColumn')) {
    const late = new MutationObserver(() => {
      if (query(doc, 'watchPage') && query(doc, 'sideColumn')) {
        late.disconnect();
        observePage();
        observeSizes();
        schedule();
      }
    });
    late.observe(doc.documentElement, { childList: true, subtree: true });
    // Pages that never get a side column (m.youtube.com, embeds) stop paying for the observer.
    const giveUp = setTimeout(() => late.disconnect(), LATE_LAYOUT_MS);
    signal.addEventListener('abort', () => {
      late.disconnect();
      clearTimeout(giveUp);
    }, { once: true });
  }
  signal.addEventListener('abort', () => {
    attributes.disconnect();
    sizes.disconnect();
    win.cancelAnimationFrame(frame);
  }, { once: true });
}
