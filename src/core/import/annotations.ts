/**
 * Reading notes back from W3C Web Annotations: Claimline's own backups and
 * exports, and what other annotation tools write (Hypothesis, Recogito, any
 * Web Annotation server). Other tools' files are read from standard fields
 * only; the fields Claimline adds (stance, tags, claim link) are optional.
 *
 * The whole file is checked before anything is returned: one bad item refuses
 * the file, with every problem (up to 20) named by item and field, so that an
 * import never half-happens.
 */
import * as v from 'valibot';
import { FORMAT_VERSION, formatVersionOf } from '../export/web-annotation';
import { stableUuid } from '../export/stable-uuid';
import { readClaimIri } from '../export/web-annotation';
import { asClaimId } from '../ids';
import { MAX_NOTE_LENGTH, MAX_TAGS, normaliseTags, readNote, STANCES, type Note, type Stance } from '../note';
import { describeProblem, ProblemList, type ImportProblem } from './problems';
import { describeValue, isObject, readYoutubeTarget } from './youtube-target';

export { describeProblem, type ImportProblem } from './problems';

export type ImportResult = { ok: true; notes: Note[]; warnings: string[] } | { ok: false; errors: ImportProblem[] };

export interface ImportOptions {
  /** Stands in for a missing `created` / `modified` (passed in so the core stays pure). */
  now: Date;
}

/** The W3C motivations (annotation-vocab §3.3.5); anything else is refused. */
const MOTIVATIONS = new Set([
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
]);
/** Body purposes whose text is the note's text. */
const TEXT_PURPOSES = new Set([undefined, 'commenting', 'describing', 'editing', 'questioning', 'replying', 'highlighting']);
const UUID_IRI = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const ISO_TIMESTAMP = v.pipe(v.string(), v.isoTimestamp());
const MAX_WARNINGS = 20;

/**
 * The notes of a Web Annotation file (already `JSON.parse`d): a Claimline
 * backup, an AnnotationCollection (`first.items`, following embedded `next`
 * pages, or `items`), an AnnotationPage, an array of Annotations, or one
 * Annotation. Every note passes `readNote`.
 */
export function readAnnotations(json: unknown, options: ImportOptions): ImportResult {
  const problems = new ProblemList();
  const warnings: string[] = [];
  const warn = (item: number | null, id: string | null, field: string, message: string) => {
    warnings.push(describeProblem({ item, id, field, message }));
  };
  const items = annotationItems(json, problems, warn);
  const notes: Note[] = [];
  const seen = new Map<string, number>();
  items.forEach((raw, index) => {
    const item = index + 1;
    const note = readItem(raw, item, options, problems, (id, field, message) => warn(item, id, field, message));
    // Checked for every item, valid or not: a file that names one note twice is wrong either way.
    const noteId = isObject(raw) ? noteIdFor(raw) : null;
    const earlier = noteId === null ? undefined : seen.get(noteId);
    if (earlier !== undefined) problems.add({ item, id: idOf(raw), field: 'id', message: `the same note as item ${earlier}` });
    else if (noteId !== null) seen.set(noteId, item);
    if (note) notes.push(note);
  });
  if (problems.size > 0) return { ok: false, errors: problems.list() };
  const shown = warnings.length > MAX_WARNINGS ? [...warnings.slice(0, MAX_WARNINGS - 1), `${warnings.length - MAX_WARNINGS + 1} more warnings not listed`] : warnings;
  return { ok: true, notes, warnings: shown };
}

type Warn = (item: number | null, id: string | null, field: string, message: string) => void;

function annotationItems(json: unknown, problems: ProblemList, warn: Warn): unknown[] {
  const file = (message: string, field = '(file)') => {
    problems.add({ item: null, id: null, field, message });
    return [];
  };
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return file(`expected a Web Annotation file (a JSON object or array), got ${describeValue(json)}`);
  const version = formatVersionOf(json['generator']);
  if (version !== null && version > FORMAT_VERSION) {
    return file(`written by a newer Claimline (format ${version}); this version reads format ${FORMAT_VERSION}. Update Claimline, then import it again`, 'generator');
  }
  const types = typesOf(json['type'] ?? json['@type']);
  if (types.includes('Annotation')) return [json];
  if (types.includes('AnnotationPage')) return pageItems(json, 'items', problems);
  if (types.includes('AnnotationCollection')) {
    let items: unknown[];
    if (json['first'] !== undefined) {
      if (!isObject(json['first'])) {
        return file('the first page is given by reference only: export the collection with its items embedded', 'first');
      }
      items = pageItems(json['first'], 'first.items', problems);
    } else if (Array.isArray(json['items'])) {
      items = json['items'];
    } else {
      return file('missing: expected the first AnnotationPage with its items', 'first');
    }
    if (typeof json['total'] === 'number' && json['total'] !== items.length) {
      warn(null, null, 'total', `says ${json['total']} annotations, the file holds ${items.length}`);
    }
    return items;
  }
  if (types.length === 0) {
    if (json['target'] !== undefined) return [json];
    return file('missing: expected "Annotation", "AnnotationPage" or "AnnotationCollection" (a W3C Web Annotation file)', 'type');
  }
  return file(`${JSON.stringify(types.join(', '))} is not a Web Annotation (expected Annotation, AnnotationPage or AnnotationCollection)`, 'type');
}

/** A page's items, and those of the pages embedded after it through `next`. */
function pageItems(page: Record<string, unknown>, field: string, problems: ProblemList): unknown[] {
  const items: unknown[] = [];
  let current: unknown = page;
  let path = field;
  for (let pages = 0; isObject(current) && pages < 10_000; pages++) {
    const list: unknown = current['items'];
    if (!Array.isArray(list)) {
      problems.add({ item: null, id: null, field: path, message: `expected the page's annotations, got ${describeValue(list)}` });
      return [];
    }
    items.push(...list);
    current = current['next'];
    path = `next.items`;
  }
  return items;
}

function typesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((t) => (typeof t === 'string' ? t.replace(/^oa:/, '') : String(t)));
}

function idOf(raw: unknown): string | null {
  return isObject(raw) && typeof raw['id'] === 'string' ? raw['id'] : null;
}

interface BodyReading {
  texts: { value: string; field: string }[];
  tags: string[];
  stance: Stance | null;
  claim: { videoId: string; claimId: string; field: string } | null;
}

/** One annotation as a note, or null after adding its problems. */
function readItem(
  raw: unknown,
  item: number,
  options: ImportOptions,
  problems: ProblemList,
  warn: (id: string | null, field: string, message: string) => void,
): Note | null {
  const id = idOf(raw);
  const before = problems.size;
  const problem = (field: string, message: string) => problems.add({ item, id, field, message });
  if (!isObject(raw)) {
    problem('(annotation)', `expected an Annotation object, got ${describeValue(raw)}`);
    return null;
  }
  if (raw['id'] !== undefined && typeof raw['id'] !== 'string') problem('id', `expected an IRI, got ${describeValue(raw['id'])}`);
  const types = typesOf(raw['type']);
  if (types.length > 0 && !types.includes('Annotation')) problem('type', `${JSON.stringify(types.join(', '))} is not an Annotation`);

  const motivations = typesOf(raw['motivation']);
  for (const motivation of motivations) {
    if (!MOTIVATIONS.has(motivation)) problem('motivation', `${JSON.stringify(motivation)} is not a Web Annotation motivation`);
  }

  const body = readBodies(raw, problem, (field, message) => warn(id, field, message));
  const target = readYoutubeTarget(raw['target']);
  if (!target.ok) problem(target.field, target.message);

  const created = readDate(raw['created'], 'created', problem);
  const modified = readDate(raw['modified'], 'modified', problem);
  if (problems.size > before || !target.ok) return null;

  if (body.claim && body.claim.videoId !== target.videoId) {
    problem(body.claim.field, `links a claim of video ${body.claim.videoId}, but the target is video ${target.videoId}`);
  }
  if (body.claim && body.claim.claimId.length > 200) problem(body.claim.field, 'the claim id is longer than 200 characters');
  const text = body.texts.map((t) => t.value).join('\n\n');
  if (body.texts.length > 1) warn(id, 'body', `${body.texts.length} text bodies joined into one note`);
  if (text.length > MAX_NOTE_LENGTH) {
    const field = body.texts.length === 1 && body.texts[0] ? body.texts[0].field : 'body';
    problem(field, `is ${text.length} characters long; a note holds at most ${MAX_NOTE_LENGTH}`);
  }
  const tags = normaliseTags(body.tags);
  if (tags.length > MAX_TAGS) problem('body', `has ${tags.length} tags; a note holds at most ${MAX_TAGS}`);
  if (target.time === null) warn(id, 'target', 'no time in the target: the note is placed at 0:00');
  if (problems.size > before) return null;

  const at = options.now.toISOString();
  const candidate = {
    id: noteIdFor(raw),
    videoId: target.videoId,
    start: target.time?.start ?? 0,
    end: target.time?.end ?? null,
    claimId: body.claim ? asClaimId(body.claim.claimId) : null,
    text,
    stance: body.stance ?? (motivations.includes('questioning') ? 'question' : null),
    tags,
    createdAt: created ?? modified ?? at,
    updatedAt: modified ?? created ?? at,
    deletedAt: null,
  };
  const checked = readNote(candidate);
  if (!checked.ok) {
    const colon = checked.error.indexOf(': ');
    problem(colon > 0 ? `(note) ${checked.error.slice(0, colon)}` : '(note)', colon > 0 ? checked.error.slice(colon + 2) : checked.error);
    return null;
  }
  return checked.note;
}

/**
 * The note's id: the UUID of a `urn:uuid:` id (Claimline's own), else a UUID
 * derived from whatever id the other tool gave (or, with none, from the
 * annotation itself), so that importing one file twice gives the same notes.
 */
function noteIdFor(raw: Record<string, unknown>): string {
  const id = raw['id'];
  if (typeof id === 'string') return UUID_IRI.exec(id)?.[1] ?? stableUuid(`annotation-id\n${id}`);
  return stableUuid(`annotation\n${JSON.stringify(raw)}`);
}

function readBodies(
  raw: Record<string, unknown>,
  problem: (field: string, message: string) => void,
  warn: (field: string, message: string) => void,
): BodyReading {
  const reading: BodyReading = { texts: [], tags: [], stance: null, claim: null };
  const bodyValue = raw['bodyValue'];
  if (bodyValue !== undefined) {
    if (typeof bodyValue === 'string') reading.texts.push({ value: bodyValue, field: 'bodyValue' });
    else problem('bodyValue', `expected text, got ${describeValue(bodyValue)}`);
  }
  const body = raw['body'];
  if (body === undefined || body === null) return reading;
  const list = Array.isArray(body) ? body.map((b, i) => [b, `body[${i}]`] as const) : [[body, 'body'] as const];
  for (const [one, field] of list) {
    const iri = typeof one === 'string' ? one : isObject(one) ? (one['id'] ?? one['source']) : undefined;
    const claim = typeof iri === 'string' ? readClaimIri(iri) : null;
    if (claim) {
      if (reading.claim) problem(field, 'a second claim link: a note is attached to at most one claim');
      reading.claim = { ...claim, field: `${field}.id` };
      continue;
    }
    if (!isObject(one)) {
      warn(field, `${describeValue(one)} is not text: ignored`);
      continue;
    }
    const purpose = one['purpose'];
    if (purpose !== undefined && (typeof purpose !== 'string' || !MOTIVATIONS.has(purpose.replace(/^oa:/, '')))) {
      problem(`${field}.purpose`, `${describeValue(purpose)} is not a Web Annotation purpose`);
      continue;
    }
    const kind = typeof purpose === 'string' ? purpose.replace(/^oa:/, '') : undefined;
    const value = one['value'];
    if (typesOf(one['type']).includes('TextualBody') || value !== undefined) {
      if (typeof value !== 'string') {
        problem(`${field}.value`, `expected text, got ${describeValue(value)}`);
      } else if (kind === 'tagging') {
        if (value.trim().replace(/^#+/, '').trim().length > 100) problem(`${field}.value`, 'a tag is at most 100 characters');
        else reading.tags.push(value);
      } else if (kind === 'assessing') {
        const stance = value.trim().toLowerCase();
        if (!isStance(stance)) warn(`${field}.value`, `stance ${JSON.stringify(value)} is not agree, question or disagree: ignored`);
        else if (reading.stance !== null && reading.stance !== stance) warn(`${field}.value`, `a second stance ${JSON.stringify(value)}: ignored`);
        else reading.stance = stance;
      } else if (TEXT_PURPOSES.has(kind)) {
        reading.texts.push({ value, field: `${field}.value` });
      } else {
        warn(field, `a body for ${kind ?? 'no purpose'} is not part of a note: ignored`);
      }
      continue;
    }
    warn(field, 'a body that is not text (an external resource) is not part of a note: ignored');
  }
  return reading;
}

function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}

/**
 * A date-time: kept exactly as written when it is an ISO 8601 UTC time
 * already (Claimline's own, so a backup gives back the same string), else
 * normalised to one (`+00:00`, microseconds, a bare date); null when absent.
 */
function readDate(value: unknown, field: string, problem: (field: string, message: string) => void): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    if (value.endsWith('Z') && v.is(ISO_TIMESTAMP, value)) return value;
    const time = Date.parse(value);
    if (Number.isFinite(time)) return new Date(time).toISOString();
  }
  problem(field, `${describeValue(value)} is not a date-time`);
  return null;
}
