/**
 * Finding the talk's video, which may appear after the content script starts
 * and may be replaced by YouTube: reports each new main video element.
 */
import { query } from './selectors';
import { mainVideo } from './watch-page';

export function watchVideo(doc: Document, onVideo: (video: HTMLVideoElement) => void, signal: AbortSignal): void {
  let current: HTMLVideoElement | null = null;
  const check = () => {
    const video = mainVideo(doc);
    if (video && video !== current) {
      current = video;
      onVideo(video);
    }
  };
  let watched: Element | null = null;
  const observer = new MutationObserver(() => {
    const player = query(doc, 'player');
    // Until the player exists, watch the whole document; then only the player.
    if (player && watched !== player) {
      observer.disconnect();
      observer.observe(player, { childList: true, subtree: true });
      watched = player;
    }
    check();
  });
  const player = query(doc, 'player');
  watched = player ?? doc.documentElement;
  observer.observe(watched, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  check();
}
