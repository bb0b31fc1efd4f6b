/**
 * Finding the talk's video, which may appear after the content script starts
 * and may be replaced by YouTube: reports each new main video element.
 */
import { query } from './selectors';
import { mainVideo } from './watch-page';

export function watchVideo(doc: Document, onVideo: (video: HTMLVideoElement) => void, signal: AbortSignal): void {
  let current: HTMLVideoElement | null = null;
  let watched: Node | null = null;
  const observer = new MutationObserver(() => update());
  const update = () => {
    const video = mainVideo(doc);
    if (video && video !== current) {
      current = video;
      onVideo(video);
    }
    // Once the video is found, watch only its player, where YouTube swaps
    // videos. Until then, the whole document: the <video> or the player may
    // come late, and the player may be moved in from elsewhere (back from the
    // miniplayer), which changes nothing inside it.
    const player = current?.isConnected ? query(doc, 'player') : null;
    const target: Node = player && current && player.contains(current) ? player : doc.documentElement;
    if (target !== watched) {
      observer.disconnect();
      observer.observe(target, { childList: true, subtree: true });
      watched = target;
    }
  };
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  update();
}
