/**
 * A paper in the library: title (a heading), authors, venue and year, its
 * link when it is a web address, its citation key, and what follows it
 * (the moments that cite it).
 */
import type { ComponentChildren } from 'preact';
import type { BibEntry } from '../../core/model';
import { authorList, safeUrl, venueLine } from '../paper-text';

export interface PaperEntryProps {
  paper: BibEntry;
  /** The title's heading level, to keep the page's headings in order. */
  heading: 'h2' | 'h3';
  children?: ComponentChildren;
}

export function PaperEntry({ paper, heading: Heading, children }: PaperEntryProps) {
  const url = safeUrl(paper.url);
  const venue = venueLine(paper);
  return (
    <li class="lib-card" data-ref-key={paper.key}>
      <Heading class="lib-card-title">{paper.title}</Heading>
      {paper.authors.length > 0 && <p class="lib-paper-line">{authorList(paper.authors)}</p>}
      <p class="lib-paper-line">
        {venue && <span>{venue} · </span>}
        <code class="lib-key">{paper.key}</code>
        {url !== null && (
          <>
            {' · '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              {url}
            </a>
          </>
        )}
      </p>
      {children}
    </li>
  );
}
