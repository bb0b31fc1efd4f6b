/** YouTube's dark theme is `html[dark]`; it can change without a navigation. */
import { pageTheme } from './watch-page';

export function watchTheme(doc: Document, onChange: (theme: 'light' | 'dark') => void, signal: AbortSignal): void {
  const observer = new MutationObserver(() => onChange(pageTheme(doc)));
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['dark'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
