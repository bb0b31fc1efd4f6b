/** Telling the overlay when an ad starts or ends: YouTube toggles classes on the player (`ad-showing`). */
import { query } from './selectors';

export function watchAds(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const player = query(doc, 'player');
  if (!player) return;
  const observer = new MutationObserver(onChange);
  observer.observe(player, { attributes: true, attributeFilter: ['class'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
