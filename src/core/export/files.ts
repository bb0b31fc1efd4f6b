/**
 * Export files: each format's files for a set of talks, one download (a
 * single file, or a zip of several), and the backup of every note.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Note } from '../note';
import { notesToAnnotations } from './annotations';
import { talkBibtex } from './bibtex';
import { exportDay, exportedNotes, type ExportInput } from './input';
import { talkMarkdown } from './markdown';
import { chaptersVtt, cuesVtt } from './vtt';
import { ANNOTATION_MIME } from './web-annotation';

export type ExportFormat = 'markdown' | 'annotations' | 'vtt' | 'bibtex';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'annotations', 'vtt', 'bibtex'];

/** A text file to save. */
export interface ExportFile {
  name: string;
  content: string;
}

/** What the browser downloads: bytes, a file name and a media type. */
export interface ExportDownload {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

const MIME: Record<string, string> = {
  md: 'text/markdown;charset=utf-8',
  jsonld: ANNOTATION_MIME,
  vtt: 'text/vtt;charset=utf-8',
  bib: 'application/x-bibtex;charset=utf-8',
};

/**
 * The files of one format for each talk, named `<title-slug>-<videoId>.<ext>`
 * (`causality-and-large-language-models-Y4wMksHyMFg.md`); VTT gives two per
 * talk, `….chapters.vtt` and `….cues.vtt`.
 */
export function exportFiles(inputs: readonly ExportInput[], format: ExportFormat): ExportFile[] {
  const files = inputs.flatMap((input): ExportFile[] => {
    const { talk } = input.bundle;
    const base = `${slug(talk.title)}-${talk.videoId}`;
    switch (format) {
      case 'markdown':
        return [{ name: `${base}.md`, content: talkMarkdown(input) }];
      case 'annotations': {
        const collection = notesToAnnotations(exportedNotes(input), {
          label: talk.title,
          exportedAt: input.exportedAt,
          claims: (videoId) => (videoId === talk.videoId ? talk.claims : undefined),
        });
        return [{ name: `${base}.jsonld`, content: `${JSON.stringify(collection, null, 2)}\n` }];
      }
      case 'vtt':
        return [
          { name: `${base}.chapters.vtt`, content: chaptersVtt(talk, input.duration) },
          { name: `${base}.cues.vtt`, content: cuesVtt(talk, input.notes, input.duration) },
        ];
      case 'bibtex':
        return [{ name: `${base}.bib`, content: talkBibtex(input.bundle) }];
    }
  });
  return uniqueNames(files);
}

/**
 * One download: the file itself when there is exactly one, else a zip
 * `claimline-<format>-<day>.zip` (the day of the first input's export, UTC).
 */
export function exportArchive(inputs: readonly ExportInput[], format: ExportFormat): ExportDownload {
  const files = exportFiles(inputs, format);
  const at = inputs[0]?.exportedAt ?? new Date(0);
  const [only] = files;
  if (only && files.length === 1) return { name: only.name, bytes: strToU8(only.content), mime: mimeOf(only.name) };
  return { name: `claimline-${format}-${exportDay(at)}.zip`, bytes: zipFiles(files, at), mime: 'application/zip' };
}

/** Every visible note of every talk as one annotation collection: the file `readAnnotations` restores. */
export function backupAll(notes: readonly Note[], exportedAt: Date): ExportFile {
  const collection = notesToAnnotations(notes, { label: `Claimline backup, ${exportDay(exportedAt)}`, exportedAt });
  return { name: `claimline-backup-${exportDay(exportedAt)}.jsonld`, content: `${JSON.stringify(collection, null, 2)}\n` };
}

export function mimeOf(name: string): string {
  return MIME[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/**
 * A zip whose bytes depend only on the files and the export time. Zip stores
 * local wall-clock fields, which fflate reads from a `Date` in the local time
 * zone: the export's UTC fields are handed over as local ones, so every
 * machine writes the same bytes (and the entries show the UTC time).
 */
function zipFiles(files: readonly ExportFile[], at: Date): Uint8Array {
  const mtime = new Date(
    Math.min(2099, Math.max(1980, at.getUTCFullYear())),
    at.getUTCMonth(),
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
  );
  return zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.content)])), { level: 6, mtime });
}

/** `Causality and Large Language Models` → `causality-and-large-language-models`; at most 60 characters, cut at a word. */
export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđðßæœþ]/g, (c) => ASCII_LETTERS[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= 60) return words || 'talk';
  const cut = words.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/** Letters that have no decomposition into an ASCII letter and a mark. */
const ASCII_LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** The same talk exported twice would give two files of one name: the second becomes `name-2.ext`. */
function uniqueNames(files: ExportFile[]): ExportFile[] {
  const seen = new Set<string>();
  return files.map((file) => {
    let name = file.name;
    for (let n = 2; seen.has(name); n++) name = file.name.replace(/(\.[a-z]+)+$/, (ext) => `-${n}${ext}`);
    seen.add(name);
    return { ...file, name };
  });
}
