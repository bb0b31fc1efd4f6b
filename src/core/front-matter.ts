/** Splitting a document into YAML front matter and Markdown body, with positions. */
import matter from 'gray-matter';
import type { Diagnostic } from './diagnostics';

const refuseScript = () => {
  throw Object.assign(new Error('front matter written in JavaScript is not read (only YAML)'), { reason: 'front matter written in JavaScript is not read (only YAML)' });
};
const NO_SCRIPT_ENGINES = { js: refuseScript, javascript: refuseScript, coffee: refuseScript, coffeescript: refuseScript, cson: refuseScript };

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Offset of the body in the whole source: add it to body offsets. */
  bodyOffset: number;
  /** 1-based line of `name:` in the front matter, or 1 when the field is absent. */
  fieldLine(name: string): number;
}

/** Reads the front matter; a malformed one yields an error and an empty `data`, never an exception. */
export function readFrontMatter(
  file: string,
  source: string,
): { frontMatter: FrontMatter; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let data: Record<string, unknown> = {};
  let body = source;
  try {
    // An options object turns off gray-matter's cache, which would otherwise
    // hand back the same (mutable) result for identical sources. Front matter
    // in JavaScript (`---js`) would be evaluated by gray-matter: refused.
    const parsed = matter(source, { engines: NO_SCRIPT_ENGINES });
    body = parsed.content;
    if (parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data)) {
      data = parsed.data as Record<string, unknown>;
    } else {
      diagnostics.push(error(file, 2, 1, 'front matter is not a mapping of fields'));
    }
  } catch (cause) {
    const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? String(cause);
    diagnostics.push(
      error(file, (mark?.line ?? 0) + 2, (mark?.column ?? 0) + 1, `front matter is not valid YAML: ${reason}`),
    );
    body = stripFrontMatter(source);
  }
  const bodyOffset = source.length - body.length;
  const head = source.slice(0, bodyOffset).split('\n');
  const fieldLine = (name: string) => {
    const index = head.findIndex((line) => line.startsWith(`${name}:`));
    return index === -1 ? 1 : index + 1;
  };
  return { frontMatter: { data, body, bodyOffset, fieldLine }, diagnostics };
}

/** The body after a `---` block, for documents whose front matter could not be read. */
function stripFrontMatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

function error(file: string, line: number, column: number, message: string): Diagnostic {
  return { file, line, column, severity: 'error', field: 'front matter', message };
}
