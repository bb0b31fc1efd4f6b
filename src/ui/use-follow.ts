/**
 * Following the active claim in a scrolling list: each new active claim is
 * scrolled into view until the viewer moves through the list themselves;
 * then following pauses until they ask to go back to now.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { findByAttribute, scrollWithin } from './scroll-within';

export interface Follow {
  following: boolean;
  /** Stops following: the viewer moved away from the active claim on purpose. */
  pause(): void;
  /** Scrolls back to the active claim and follows it again. */
  resume(): void;
}

/**
 * `container` scrolls and holds items with `data-claim-id`. `arrangement`
 * changes when the same claims are laid out anew (another view), which
 * scrolls to the active claim again.
 */
export function useFollow(container: RefObject<HTMLElement | null>, activeId: string | null, arrangement: unknown, enabled = true): Follow {
  const [following, setFollowing] = useState(enabled);
  // The viewer's setting "keep the spoken claim in view" starts or stops following.
  useEffect(() => setFollowing(enabled), [enabled]);
  // Where our own last scroll left the list: a scroll event that ends anywhere
  // else was the viewer's (wheel, touch, scrollbar, keys, find-in-page).
  const ownTop = useRef<number | null>(null);

  // After paint, not before: reading the list's layout inside the render would
  // force a style and layout pass on YouTube's page before the panel first shows.
  useEffect(() => {
    const box = container.current;
    if (!following || !box) return;
    const item = activeId === null ? null : findByAttribute(box, 'data-claim-id', activeId);
    // No claim to show (before the first one): nothing to read or move, and no layout forced.
    if (!item) return;
    scrollWithin(box, item);
    ownTop.current = box.scrollTop;
  }, [container, following, activeId, arrangement]);

  useEffect(() => {
    const box = container.current;
    if (!box) return;
    const controller = new AbortController();
    const options = { passive: true, signal: controller.signal };
    // A wheel or swipe over a list that cannot scroll moves nothing: keep following.
    const intent = () => {
      if (box.scrollHeight > box.clientHeight) setFollowing(false);
    };
    box.addEventListener('wheel', intent, options);
    box.addEventListener('touchmove', intent, options);
    box.addEventListener(
      'scroll',
      () => {
        const own = ownTop.current;
        if (own === null || Math.abs(box.scrollTop - own) >= 1) setFollowing(false);
      },
      options,
    );
    return () => controller.abort();
  }, [container]);

  return {
    following,
    pause: () => setFollowing(false),
    resume: () => setFollowing(true),
  };
}
