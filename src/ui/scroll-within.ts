/**
 * Scrolling one item into view inside its own scroll container, and nothing
 * else. `item.scrollIntoView({ block: 'nearest' })` would also scroll every
 * scrolling ancestor, YouTube's page included: a viewer reading the comments
 * below would be pulled back up to the panel at every new claim.
 */

/** Moves `container.scrollTop` the least that shows `item` whole (or its top, when taller). Returns whether it moved. */
export function scrollWithin(container: HTMLElement, item: HTMLElement): boolean {
  const box = container.getBoundingClientRect();
  const rect = item.getBoundingClientRect();
  let delta = 0;
  if (rect.top < box.top) delta = rect.top - box.top;
  else if (rect.bottom > box.bottom) delta = Math.min(rect.bottom - box.bottom, rect.top - box.top);
  if (delta === 0) return false;
  const before = container.scrollTop;
  container.scrollTop = before + delta;
  return container.scrollTop !== before;
}

/** The element of `container` whose `attribute` equals `value` (quoted, so any id is safe in the selector). */
export function findByAttribute(container: ParentNode, attribute: string, value: string): HTMLElement | null {
  const quoted = value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');
  return container.querySelector<HTMLElement>(`[${attribute}="${quoted}"]`);
}
