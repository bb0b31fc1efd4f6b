/**
 * The papers a talk cites as BibTeX, for Zotero, JabRef or a LaTeX paper:
 * one entry per paper, its type guessed from the venue, and a note saying
 * where in the talk it is cited.
 */
import type { Claim } from '../model';
import type { CitedPaper, TalkBundle } from '../talk-bundle';
import { formatTime } from '../timestamp';
import { watchUrl } from '../youtube-url';

type Field = [name: string, value: string];

export function talkBibtex(bundle: TalkBundle): string {
  const { talk, papers } = bundle;
  const starts = new Map<Claim['id'], number>(talk.claims.map((c) => [c.id, c.start]));
  // Text outside entries is ignored by BibTeX and biber; `@` would start an entry.
  const header = `% Papers cited in “${talk.title}” (${watchUrl(talk.videoId)}), exported by Claimline`.replace(/@/g, '(at)');
  const entries = papers.map((paper) => {
    const moments = paper.claims.flatMap((id) => {
      const start = starts.get(id);
      return start === undefined ? [] : [formatTime(start)];
    });
    const note = `Cited in “${talk.title}”${moments.length > 0 ? ` at ${moments.join(', ')}` : ''} (${watchUrl(talk.videoId)})`;
    return bibtexEntry(paper, note);
  });
  return `${[header, ...entries].join('\n\n')}\n`;
}

/** One entry. Exported for tests of the venue rules. */
export function bibtexEntry(paper: Pick<CitedPaper, 'key' | 'authors' | 'title' | 'year' | 'venue' | 'url'>, note: string): string {
  const { type, fields: venueFields } = venueFieldsOf(paper.venue, paper.url);
  const fields: Field[] = [
    ['author', paper.authors.map(latexText).join(' and ')],
    // Double braces keep the title's capitals (BibTeX styles lower-case titles).
    ['title', `{${latexText(paper.title)}}`],
    ...venueFields.map(([name, value]): Field => [name, name === 'pages' ? latexText(value).replace(/[–—-]+/g, '--') : latexText(value)]),
    ['year', paper.year === null ? '' : String(paper.year)],
    // URLs are read verbatim by the url package, hyperref and biber: escaping
    // `_` or `%` there would break the link. Only what would unbalance the
    // entry or end the field is percent-encoded.
    ['url', paper.url === null ? '' : paper.url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c))],
    ['note', latexText(note)],
  ];
  const body = fields.filter(([, value]) => value !== '').map(([name, value]) => `  ${name} = {${value}},`);
  return `@${type}{${paper.key},\n${body.join('\n')}\n}`;
}

const PROCEEDINGS = /Advances in Neural Information Processing Systems|Conference|Proceedings|Workshop|Symposium|\bPMLR\b/i;

/**
 * The entry type and its venue fields. arXiv preprints are `@misc` with
 * `eprint`; conference, workshop and proceedings venues `@inproceedings`
 * with `booktitle`; journals `@article` with `journal`; anything else
 * `@misc` with `howpublished`. A trailing `, 36` or `, 23(226):1–61` or
 * `, pages 160–187. PMLR` becomes volume, number, pages and publisher.
 */
function venueFieldsOf(venue: string, url: string | null): { type: string; fields: Field[] } {
  const arxiv = /arXiv:\s*([\w.\/-]+?)(?:v\d+)?$/i.exec(venue)?.[1] ?? /arxiv\.org\/abs\/([\w.\/-]+?)(?:v\d+)?$/i.exec(url ?? '')?.[1];
  if (arxiv || /\barxiv\b/i.test(venue)) {
    return { type: 'misc', fields: arxiv ? [['eprint', arxiv], ['archivePrefix', 'arXiv']] : [['howpublished', venue]] };
  }
  if (/journal/i.test(venue)) return { type: 'article', fields: withDetails('journal', venue) };
  if (PROCEEDINGS.test(venue)) return { type: 'inproceedings', fields: withDetails('booktitle', venue) };
  return { type: 'misc', fields: venue.trim() ? [['howpublished', venue.trim()]] : [] };
}

function withDetails(field: string, venue: string): Field[] {
  const comma = venue.lastIndexOf(', ');
  if (comma < 0) return [[field, venue.trim()]];
  const name = venue.slice(0, comma).trim();
  const details = venue.slice(comma + 2).trim();
  const volume = /^(\d+)(?:\((\d+)\))?(?::\s*(\d+\s*[–—-]+\s*\d+))?$/.exec(details);
  if (volume) {
    const [, vol = '', number, pages] = volume;
    return [[field, name], ['volume', vol], ...(number ? [['number', number] as Field] : []), ...(pages ? [['pages', pages] as Field] : [])];
  }
  const pages = /^pages\s+(\d+\s*[–—-]+\s*\d+)(?:\.\s*(.+))?$/.exec(details);
  if (pages) {
    const [, range = '', publisher] = pages;
    return [[field, name], ['pages', range], ...(publisher ? [['publisher', publisher] as Field] : [])];
  }
  return [[field, venue.trim()]];
}

/**
 * A field value safe for BibTeX and LaTeX: the ten specials escaped, braces
 * as `\textbraceleft{}` (BibTeX counts even escaped braces when it balances
 * an entry), UTF-8 letters kept (biber and modern BibTeX read them).
 */
export function latexText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}&%$#_~^]/g, (c) => LATEX_SPECIALS[c] ?? c);
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
