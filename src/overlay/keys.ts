/**
 * Claimline's page shortcuts: `[` and `]` step to the previous / next claim.
 * YouTube uses k j l f m c t i, arrows, digits, `<` `>` `,` `.`; brackets are free.
 */
export function stepKey(event: KeyboardEvent): 'previous' | 'next' | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return null;
  if (event.key === '[') return 'previous';
  if (event.key === ']') return 'next';
  return null;
}

/** True when the key is typed into a field (YouTube's search, comments, our editor): shortcuts stay off. */
export function isEditableTarget(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return false;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target as HTMLElement).isContentEditable
  );
}
