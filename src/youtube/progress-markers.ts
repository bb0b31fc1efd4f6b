/**
 * Claim markers inside YouTube's progress bar, placed by percent of the
 * duration so they follow the player's size, and never catching the pointer,
 * so scrubbing keeps working (SponsorBlock's technique). Hovering the bar near
 * a marker shows the claim's label above the bar. YouTube builds its bar late,
 * rebuilds it, and lends it to ads: the markers follow all three.
 */
import { query } from './selectors';
import { isAdShowing, mainProgressBar } from './watch-page';

export interface BarMarker {
  id: string;
  start: number;
  /** Shown on hover: the claim's label or the start of its text. */
  label: string;
  /** The first claim of a section: drawn taller. */
  sectionStart: boolean;
  kind: 'claim' | 'note';
}

/** The layer of markers in YouTube's bar, and the label shown on hover: Claimline's only elements outside its panel. */
export const LAYER_ATTRIBUTE = 'data-claimline-markers';
export const TOOLTIP_ATTRIBUTE = 'data-claimline-tooltip';

/** How close (in % of the bar) the pointer must be to a marker to show its label. */
const HOVER_RANGE = 0.8;

const LAYER_STYLE = 'position:absolute;inset:0;pointer-events:none;z-index:40;';
const TIP_STYLE =
  'position:absolute;bottom:calc(100% + 44px);transform:translateX(-50%);max-width:280px;padding:4px 8px;border-radius:4px;' +
  'background:rgba(28,28,28,.9);color:#fff;font:500 12px/1.4 Roboto,Arial,sans-serif;pointer-events:none;z-index:70;' +
  'white-space:nowrap;overflow:hidden;text-overflow:ellipsis;display:none;';

function markerStyle(marker: BarMarker, percent: number): string {
  const tall = marker.sectionStart ? 'top:-3px;bottom:-3px;' : 'top:0;bottom:0;';
  const colour = marker.kind === 'note' ? '#3ea6ff' : marker.sectionStart ? '#ffd600' : 'rgba(255,255,255,.85)';
  const width = marker.kind === 'note' ? 4 : marker.sectionStart ? 3 : 2;
  return `position:absolute;${tall}left:${percent}%;width:${width}px;margin-left:-${width / 2}px;background:${colour};border-radius:1px;`;
}

export class ProgressMarkers {
  #layer: HTMLElement | null = null;
  #tip: HTMLElement | null = null;
  #markers: BarMarker[] = [];
  /** The marker elements on the bar, by what they show. */
  #drawn = new Map<string, HTMLElement>();
  /** The talk's duration: never an ad's. */
  #duration = 0;
  #visible = true;
  #hoverAbort: AbortController | null = null;
  readonly #observer: MutationObserver;
  #observed: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {
    this.#observer = new MutationObserver(() => this.#recheck());
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Draws the markers for a duration; safe to call again on every change. Missing bar: nothing drawn until it comes. */
  update(markers: readonly BarMarker[], duration: number, visible = true): void {
    if (this.signal.aborted) return;
    this.#markers = [...markers].sort((a, b) => a.start - b.start);
    // During an ad, the video's duration and YouTube's bar are the ad's.
    if (!isAdShowing(this.doc)) this.#duration = duration;
    this.#visible = visible;
    this.#render();
  }

  destroy(): void {
    this.#observer.disconnect();
    this.#observed = null;
    this.#removeLayer();
  }

  #wanted(): boolean {
    return this.#visible && this.#duration > 0 && !isAdShowing(this.doc);
  }

  #render() {
    this.#watchPlayer();
    const bar = this.#wanted() ? mainProgressBar(this.doc) : null;
    if (!bar) {
      this.#removeLayer();
      return;
    }
    const duration = this.#duration;
    if (!this.#layer || this.#layer.parentElement !== bar) this.#attach(bar);
    const layer = this.#layer!;
    // A marker drawn before with the same look is kept: a new note adds one
    // element to the bar instead of rebuilding every marker.
    const drawn = new Map<string, HTMLElement>();
    const wanted: HTMLElement[] = [];
    for (const marker of this.#markers) {
      if (marker.start > duration) continue;
      const style = markerStyle(marker, (marker.start / duration) * 100);
      const key = `${marker.kind}\u0000${marker.id}\u0000${marker.start}\u0000${style}`;
      let el = this.#drawn.get(key);
      if (el) this.#drawn.delete(key);
      else el = this.#markerElement(marker, style);
      drawn.set(key, el);
      wanted.push(el);
    }
    this.#drawn = drawn;
    let at = layer.firstChild;
    for (const el of wanted) {
      if (el === at) at = at.nextSibling;
      else layer.insertBefore(el, at);
    }
    while (at) {
      const next = at.nextSibling;
      at.remove();
      at = next;
    }
  }

  #markerElement(marker: BarMarker, style: string): HTMLElement {
    const el = this.doc.createElement('div');
    el.setAttribute(marker.kind === 'note' ? 'data-claimline-note-marker' : 'data-claimline-marker', '');
    el.dataset.start = String(marker.start);
    el.dataset.id = marker.id;
    if (marker.sectionStart) el.dataset.sectionStart = 'true';
    el.style.cssText = style;
    return el;
  }

  /**
   * Watches the player (the whole document until it exists) for a bar that
   * arrives, is replaced or goes, and for ads starting and ending (its class).
   */
  #watchPlayer() {
    const player = query(this.doc, 'player');
    const target = player ?? this.doc.documentElement;
    if (target === this.#observed) return;
    this.#observer.disconnect();
    this.#observer.observe(target, player ? { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] } : { childList: true, subtree: true });
    this.#observed = target;
  }

  /** Cheap on purpose: it runs after every change inside the player. */
  #recheck() {
    if (this.signal.aborted) return;
    const wanted = this.#wanted();
    if (wanted && this.#layer?.isConnected) return;
    if (!wanted && !this.#layer) return;
    this.#render();
  }

  #attach(bar: HTMLElement) {
    this.#removeLayer();
    const layer = this.doc.createElement('div');
    layer.setAttribute(LAYER_ATTRIBUTE, '');
    layer.style.cssText = LAYER_STYLE;
    bar.prepend(layer);
    const tip = this.doc.createElement('div');
    tip.setAttribute(TOOLTIP_ATTRIBUTE, '');
    tip.style.cssText = TIP_STYLE;
    const container = bar.parentElement ?? bar;
    container.append(tip);
    this.#layer = layer;
    this.#tip = tip;
    this.#hoverAbort = new AbortController();
    const signal = AbortSignal.any([this.signal, this.#hoverAbort.signal]);
    container.addEventListener('mousemove', (e) => this.#hover(bar, e), { signal, passive: true });
    container.addEventListener('mouseleave', () => this.#hideTip(), { signal, passive: true });
  }

  #hover(bar: HTMLElement, event: MouseEvent) {
    const rect = bar.getBoundingClientRect();
    if (!this.#tip || rect.width <= 0 || !(this.#duration > 0)) return;
    const percent = ((event.clientX - rect.left) / rect.width) * 100;
    let best: BarMarker | null = null;
    let bestDistance = HOVER_RANGE;
    for (const marker of this.#markers) {
      const distance = Math.abs((marker.start / this.#duration) * 100 - percent);
      if (distance <= bestDistance) {
        best = marker;
        bestDistance = distance;
      }
    }
    if (!best) return this.#hideTip();
    this.#tip.textContent = best.label;
    this.#tip.style.left = `${(best.start / this.#duration) * 100}%`;
    this.#tip.style.display = 'block';
  }

  #hideTip() {
    if (this.#tip) this.#tip.style.display = 'none';
  }

  #removeLayer() {
    this.#hoverAbort?.abort();
    this.#layer?.remove();
    this.#tip?.remove();
    this.#layer = null;
    this.#tip = null;
    this.#drawn.clear();
  }
}
