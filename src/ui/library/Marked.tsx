/**
 * Text with the words a search matched in `<mark>`. Always text nodes: a
 * note or a document may hold anything, and none of it may become markup.
 */
import { markTerms } from '../../core/search';

export interface MarkedProps {
  text: string;
  /** The matched words, lower-cased (`SearchHit.terms`). */
  terms: readonly string[];
}

export function Marked({ text, terms }: MarkedProps) {
  return (
    <>
      {markTerms(text, terms).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
