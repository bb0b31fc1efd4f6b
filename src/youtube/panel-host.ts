/**
 * The panel's place in YouTube's page: a `<claimline-panel>` host with an
 * open shadow root (YouTube's CSS stays out, ours stays in), moved between
 * the side column, below the player and inside the player as the layout
 * changes.
 */
import type { PanelLayout } from '../core/layout';
import { query } from './selectors';

export const HOST_TAG = 'claimline-panel';

const HOST_STYLE: Record<PanelLayout, string> = {
  side: 'display:block;margin:0 0 12px;',
  below: 'display:block;margin:12px 0;',
  overlay: 'display:block;position:absolute;top:12px;right:12px;width:min(360px,45%);max-height:calc(100% - 90px);z-index:60;',
};

/** Keys typed in the panel must not reach YouTube's shortcuts (k, j, l, f, m, arrows, digits). */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface PanelHost {
  /** Where Preact renders, inside the shadow root. */
  readonly mount: HTMLElement;
  readonly host: HTMLElement;
  /** Moves the host to where `layout` wants it; returns false if that place is missing. */
  place(layout: PanelLayout): boolean;
  destroy(): void;
}

export function createPanelHost(doc: Document, css: string, signal: AbortSignal): PanelHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  for (const type of KEY_EVENTS) host.addEventListener(type, (e) => e.stopPropagation(), { signal });
  // Removing the host is the owner's call (`destroy`): on the way out it may
  // still have to show something, such as an unsaved note.
  const destroy = () => host.remove();
  return {
    mount,
    host,
    place(layout) {
      const target = placeFor(doc, layout);
      if (!target) return false;
      host.style.cssText = HOST_STYLE[layout];
      if (target.mode === 'prepend' && target.parent.firstElementChild !== host) target.parent.prepend(host);
      if (target.mode === 'append' && host.parentElement !== target.parent) target.parent.append(host);
      if (target.mode === 'after' && host.previousElementSibling !== target.parent) target.parent.after(host);
      return true;
    },
    destroy,
  };
}

function placeFor(doc: Document, layout: PanelLayout): { parent: Element; mode: 'prepend' | 'append' | 'after' } | null {
  if (layout === 'overlay') {
    const player = query(doc, 'player');
    return player ? { parent: player, mode: 'append' } : null;
  }
  if (layout === 'side') {
    const side = query(doc, 'sideColumn');
    if (side) return { parent: side, mode: 'prepend' };
  }
  const below = query(doc, 'belowPlayer');
  if (below) return { parent: below, mode: 'prepend' };
  const player = query(doc, 'player');
  return player ? { parent: player.parentElement ?? player, mode: 'after' } : null;
}
