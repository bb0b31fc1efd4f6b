/** The export formats as the library page and the popup name them, in the order they offer them. */
import type { ExportFormat } from './library-props';

export interface ExportChoice {
  format: ExportFormat;
  /** The button's text. */
  label: string;
  /** What the file holds, in a few words (the button's title, the transfer page's list). */
  holds: string;
}

export const EXPORT_FORMATS: readonly ExportChoice[] = [
  { format: 'markdown', label: 'Markdown', holds: 'claims, references and your notes as a readable document' },
  { format: 'annotations', label: 'Web Annotation', holds: 'your notes as W3C Web Annotations (JSON-LD), ready to import again' },
  { format: 'vtt', label: 'WebVTT', holds: 'the claims as timed text for video players' },
  { format: 'bibtex', label: 'BibTeX', holds: 'the cited papers, for a reference manager' },
];
