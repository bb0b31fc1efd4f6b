/**
 * Paging of long lists: a talk may carry ten thousand notes, and rendering
 * them all at once freezes the page. A list shows its first `PAGE_SIZE`
 * items and grows by as many on request.
 */
import { useCallback, useState } from 'preact/hooks';

export const PAGE_SIZE = 100;

export interface Paged {
  /** How many items to show. */
  limit: number;
  /** Show `PAGE_SIZE` more. */
  more(): void;
}

export function usePaged(): Paged {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const more = useCallback(() => setLimit((shown) => shown + PAGE_SIZE), []);
  return { limit, more };
}
