/** A paper's title, authors, venue and year, and its link when it is a web address. */
import type { BibEntry } from '../core/model';
import { authorList, safeUrl, venueLine } from './paper-text';

/** A bibliography entry; its url is linked only when it is http(s). */
export interface PaperDetailsProps {
  paper: BibEntry;
}

/** "arxiv.org" for the link's text; the whole url if it cannot be read. */
function host(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** Spans styled as blocks, so that the details may sit inside a tooltip within a line of text. */
export function PaperDetails({ paper }: PaperDetailsProps) {
  const url = safeUrl(paper.url);
  const venue = venueLine(paper);
  return (
    <span class="cl-paper">
      <span class="cl-paper-title">{paper.title}</span>
      {paper.authors.length > 0 && <span class="cl-paper-authors">{authorList(paper.authors)}</span>}
      {venue && <span class="cl-paper-venue">{venue}</span>}
      {url !== null && (
        <a class="cl-paper-link" href={url} target="_blank" rel="noopener noreferrer">
          {host(url)} ↗
        </a>
      )}
    </span>
  );
}
