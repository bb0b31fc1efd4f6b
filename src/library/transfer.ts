/**
 * Files in and out of the library: exports built by the core's format
 * modules, imports validated completely before anything is written.
 */
import { formatDiagnostic } from '../core/diagnostics';
import { backupAll, exportArchive, type ExportFormat } from '../core/export/files';
import { describeProblem, readAnnotations } from '../core/import/annotations';
import type { Note } from '../core/note';
import type { NotesMergeResult, TalkImportResult } from '../core/protocol';
import type { TalkBundle } from '../core/talk-bundle';
import type { TransferMessage } from '../ui/library/library-props';

/** Larger files are refused before they are read: no backup or talk summary comes near it. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface SavedFile {
  name: string;
  content: string | Uint8Array;
  mime: string;
}

/** One talk, or every talk when `videoId` is null, in a format: one file, or a zip of several. */
export function exportTalks(bundles: readonly TalkBundle[], notes: readonly Note[], format: ExportFormat, now: Date): SavedFile {
  const inputs = bundles.map((bundle) => ({ bundle, notes: notes.filter((n) => n.videoId === bundle.talk.videoId), exportedAt: now }));
  const archive = exportArchive(inputs, format);
  return { name: archive.name, content: archive.bytes, mime: archive.mime };
}

export function backupNotes(notes: readonly Note[], now: Date): SavedFile {
  const file = backupAll(notes, now);
  return { name: file.name, content: file.content, mime: 'application/ld+json' };
}

export interface ImportTargets {
  importNotes(notes: Note[]): Promise<NotesMergeResult>;
  importTalk(fileName: string, source: string): Promise<TalkImportResult>;
}

const ANNOTATIONS = /\.(jsonld|json)$/i;
const DOCUMENTS = /\.(md|markdown|txt)$/i;

/** Imports one file; says what happened, or what is wrong and where. Nothing is written for a file with any problem. */
export async function importFile(file: Pick<File, 'name' | 'size' | 'text'>, targets: ImportTargets, now: Date): Promise<TransferMessage> {
  const fail = (text: string, details: string[] = []): TransferMessage => ({ kind: 'error', text: `${file.name}: ${text}`, details });
  if (file.size > MAX_IMPORT_BYTES) {
    return fail(`not imported: ${(file.size / 1024 / 1024).toFixed(1)} MB is more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB an import may be.`);
  }
  if (ANNOTATIONS.test(file.name)) {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      return fail(`not imported: it is not valid JSON (${(error as Error).message}). Nothing was changed.`);
    }
    const read = readAnnotations(json, { now });
    if (!read.ok) return fail(`not imported: ${read.errors.length} problem${read.errors.length === 1 ? '' : 's'}. Nothing was changed.`, read.errors.map(describeProblem));
    try {
      const { added, updated, unchanged } = await targets.importNotes(read.notes);
      return { kind: 'ok', text: `${file.name}: ${read.notes.length} notes read: ${added} added, ${updated} updated, ${unchanged} already up to date.`, details: read.warnings };
    } catch (error) {
      return fail(`${(error as Error).message}. Nothing was changed.`);
    }
  }
  if (DOCUMENTS.test(file.name)) {
    try {
      const result = await targets.importTalk(file.name, await file.text());
      const details = result.diagnostics.map(formatDiagnostic);
      if (!result.stored) return fail('not imported: the talk document has errors. Nothing was changed.', details);
      return { kind: 'ok', text: `${file.name}: talk “${result.title}” ${result.replaced ? 'updated' : 'added'}.`, details };
    } catch (error) {
      return fail(`${(error as Error).message}. Nothing was changed.`);
    }
  }
  return fail('not imported: expected a Web Annotation file (.jsonld, .json) or a talk document (.md, .txt).');
}
