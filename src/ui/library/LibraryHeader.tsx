/**
 * The library's header: its name, the search field (always there, every
 * keystroke reported) and the navigation between its pages.
 */
import { useId } from 'preact/hooks';
import type { LibraryRoute } from './library-props';

export interface LibraryHeaderProps {
  route: LibraryRoute;
  query: string;
  onNavigate(route: LibraryRoute): void;
  onQuery(query: string): void;
}

type NavPage = Exclude<LibraryRoute['page'], 'talk' | 'search'>;

const PAGES: readonly { page: NavPage; label: string }[] = [
  { page: 'talks', label: 'Talks' },
  { page: 'concepts', label: 'Concepts' },
  { page: 'references', label: 'References' },
  { page: 'transfer', label: 'Import & export' },
  { page: 'settings', label: 'Settings' },
];

/** Which navigation item the page belongs to: a talk's page is under Talks; search under none. */
function section(route: LibraryRoute): NavPage | null {
  if (route.page === 'talk') return 'talks';
  if (route.page === 'search') return null;
  return route.page;
}

export function LibraryHeader({ route, query, onNavigate, onQuery }: LibraryHeaderProps) {
  const fieldId = useId();
  const current = section(route);
  return (
    <header class="lib-header">
      <div class="lib-header-row">
        <span class="lib-brand">Claimline</span>
        <form
          class="lib-search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            if (query.trim() !== '' && route.page !== 'search') onNavigate({ page: 'search', query });
          }}
        >
          <label class="lib-hidden" for={fieldId}>
            Search claims, notes, papers and concepts
          </label>
          <input
            id={fieldId}
            type="search"
            class="cl-field lib-search-field"
            data-field="search"
            placeholder="Search claims, notes, papers and concepts"
            autocomplete="off"
            spellcheck={false}
            value={query}
            onInput={(event) => onQuery(event.currentTarget.value)}
          />
        </form>
      </div>
      <nav class="lib-nav" aria-label="Library">
        <ul>
          {PAGES.map(({ page, label }) => (
            <li key={page}>
              <button
                type="button"
                class="lib-nav-item"
                data-page={page}
                aria-current={page === current ? 'page' : undefined}
                onClick={() => onNavigate({ page })}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
