import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../src/library/route';
import type { LibraryRoute } from '../../src/ui/library/library-props';

describe('library routes in the URL hash', () => {
  it.each([
    ['', { page: 'talks' }],
    ['#/talk/Y4wMksHyMFg', { page: 'talk', videoId: 'Y4wMksHyMFg' }],
    ['#/talk/not-an-id', { page: 'talks' }],
    ['#/search?q=causal%20parrots', { page: 'search', query: 'causal parrots' }],
    ['#/settings', { page: 'settings' }],
    ['#/nowhere', { page: 'talks' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('a search route survives the round trip for any query', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const route: LibraryRoute = { page: 'search', query };
        expect(parseRoute(formatRoute(route))).toEqual(route);
      }),
    );
  });
});
