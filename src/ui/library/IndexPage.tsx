/** A library index (concepts, references): a title and a list of cards, a page at a time. */
import type { ComponentChildren } from 'preact';
import { ShowMore } from './ShowMore';
import { usePaged } from './use-paged';

export interface IndexPageProps<T> {
  title: string;
  items: readonly T[];
  /** Said when there are no items. */
  empty: string;
  /** What the items are called in "Show more": "concepts", "papers". */
  noun: string;
  /** One card, an `<li>`. */
  card(item: T): ComponentChildren;
}

export function IndexPage<T>({ title, items, empty, noun, card }: IndexPageProps<T>) {
  const { limit, more } = usePaged();
  return (
    <>
      <h1 class="lib-title" tabIndex={-1}>
        {title}
      </h1>
      {items.length === 0 ? <p class="cl-empty">{empty}</p> : <ol class="lib-cards">{items.slice(0, limit).map(card)}</ol>}
      <ShowMore shown={Math.min(limit, items.length)} total={items.length} noun={noun} onMore={more} />
    </>
  );
}
