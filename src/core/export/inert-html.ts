/**
 * Raw HTML in Markdown made inert: every `<` that CommonMark would read as
 * the start of an HTML tag, comment or declaration becomes `&lt;`, which
 * renders as the `<` the viewer typed. Code spans, code blocks and autolinks
 * (`<https://…>`) are left alone, so the Markdown otherwise stays as written.
 *
 * Notes can come from other people's files (an imported annotation export),
 * and a Markdown file may be opened in a renderer that runs HTML.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';

export function inertHtml(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  const ranges: [number, number][] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(markdown));
  if (ranges.length === 0) return markdown;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    out += markdown.slice(at, start) + markdown.slice(start, end).replace(/</g, '&lt;');
    at = end;
  }
  return out + markdown.slice(at);
}
