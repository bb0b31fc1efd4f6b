/** The library page's place, kept in the URL hash (`#/talk/ID`, `#/search?q=…`) so reloads and back/forward work. */
import { isVideoId } from '../core/ids';
import type { LibraryRoute } from '../ui/library/library-props';

const SIMPLE = ['talks', 'concepts', 'references', 'transfer', 'settings'] as const;

export function parseRoute(hash: string): LibraryRoute {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, arg] = path.split('/');
  if (page === 'talk' && isVideoId(arg)) return { page: 'talk', videoId: arg };
  if (page === 'search') return { page: 'search', query: new URLSearchParams(search).get('q') ?? '' };
  const simple = SIMPLE.find((p) => p === page);
  return { page: simple ?? 'talks' };
}

export function formatRoute(route: LibraryRoute): string {
  switch (route.page) {
    case 'talk':
      return `#/talk/${route.videoId}`;
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.query })}`;
    default:
      return `#/${route.page}`;
  }
}
