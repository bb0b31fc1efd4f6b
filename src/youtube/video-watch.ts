/**
 * Finding the talk's video, which may appear after the content script starts
 * and may be replaced by YouTube: reports each new main video element.
 */
import { query } from './selectors';
import { mainVideo } from './watch-page';

/** Whether a mutation added or removed a `<video>`, itself or inside a subtree. */
export function touchesVideo(records: readonly MutationRecord[]): boolean {
  const holdsVideo = (node: Node) =>
    node.nodeType === Node.ELEMENT_NODE && ((node as Element).localName === 'video' || (node as Element).getElementsByTagName('video').length > 0);
  for (const record of records) {
    for (const node of record.addedNodes) if (holdsVideo(node)) return true;
    for (const node of record.removedNodes) if (holdsVideo(node)) return true;
  }
  return false;
}

export function watchVideo(doc: Document, onVideo: (video: HTMLVideoElement) => void, signal: AbortSignal): void {
  let current: HTMLVideoElement | null = null;
  let watched: Node | null = null;
  // The player's subtree changes all the time (tooltips, captions, our own
  // markers); finding the video reads layout, so it is looked for again only
  // when a video came or went.
  const observer = new MutationObserver((records) => {
    if (touchesVideo(records)) update();
  });
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
