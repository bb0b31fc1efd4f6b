/** File names, downloads and the backup. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupAll, exportArchive, exportFiles, mimeOf, slug } from '../../../src/core/export/files';
import { readAnnotations } from '../../../src/core/import/annotations';
import { visibleNotes } from '../../../src/core/note';
import { bundleOf, EXPORTED_AT, NOTES, workshopInput } from './fixture';

const inputs = ['Y4wMksHyMFg', 'zFeAtV7AN0A'].map((id) => ({ bundle: bundleOf(id), notes: NOTES, exportedAt: EXPORTED_AT }));

describe('exportFiles', () => {
  it('names files by title slug and video id', () => {
    expect(exportFiles(inputs, 'markdown').map((f) => f.name)).toEqual([
      'causality-and-large-language-models-Y4wMksHyMFg.md',
      'causal-inference-models-and-ai-workshops-zFeAtV7AN0A.md',
    ]);
    expect(exportFiles(inputs, 'vtt').map((f) => f.name)).toEqual([
      'causality-and-large-language-models-Y4wMksHyMFg.chapters.vtt',
      'causality-and-large-language-models-Y4wMksHyMFg.cues.vtt',
      'causal-inference-models-and-ai-workshops-zFeAtV7AN0A.chapters.vtt',
      'causal-inference-models-and-ai-workshops-zFeAtV7AN0A.cues.vtt',
    ]);
    expect(exportFiles(inputs, 'annotations').map((f) => f.name.split('.').pop())).toEqual(['jsonld', 'jsonld']);
    expect(exportFiles(inputs, 'bibtex').map((f) => f.name.split('.').pop())).toEqual(['bib', 'bib']);
  });

  it('keeps each talk\'s notes to its own file', () => {
    const [other, workshop] = exportFiles(inputs, 'annotations').map((f) => JSON.parse(f.content));
    expect(other.total).toBe(1);
    expect(workshop.total).toBe(7);
  });

  it('gives a second export of one talk a name of its own', () => {
    expect(exportFiles([workshopInput, workshopInput], 'vtt').map((f) => f.name)).toEqual([
      'causal-inference-models-and-ai-workshops-zFeAtV7AN0A.chapters.vtt',
      'causal-inference-models-and-ai-workshops-zFeAtV7AN0A.cues.vtt',
      'causal-inference-models-and-ai-workshops-zFeAtV7AN0A-2.chapters.vtt',
      'causal-inference-models-and-ai-workshops-zFeAtV7AN0A-2.cues.vtt',
    ]);
  });

  it('slugs titles to lower-case ASCII words, at most 60 characters', () => {
    expect(slug('Causality and Large Language Models')).toBe('causality-and-large-language-models');
    expect(slug('Kıcıman & Zečević: “Causal parrots”?')).toBe('kiciman-zecevic-causal-parrots');
    expect(slug('!!!')).toBe('talk');
    const long = slug('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^word(-word)*$/);
  });
});

describe('exportArchive', () => {
  it('is the file itself when there is one', () => {
    const download = exportArchive([workshopInput], 'markdown');
    expect(download.name).toBe('causal-inference-models-and-ai-workshops-zFeAtV7AN0A.md');
    expect(download.mime).toBe('text/markdown;charset=utf-8');
    expect(strFromU8(download.bytes)).toBe(exportFiles([workshopInput], 'markdown')[0]?.content);
  });

  it('is a zip of every file otherwise, the same bytes every time', () => {
    const download = exportArchive(inputs, 'bibtex');
    expect(download).toMatchObject({ name: 'claimline-bibtex-2025-03-01.zip', mime: 'application/zip' });
    const unzipped = unzipSync(download.bytes);
    expect(Object.keys(unzipped)).toEqual(exportFiles(inputs, 'bibtex').map((f) => f.name));
    for (const file of exportFiles(inputs, 'bibtex')) expect(strFromU8(unzipped[file.name]!)).toBe(file.content);
    expect(exportArchive(inputs, 'bibtex').bytes).toEqual(download.bytes);
    // One talk's VTT is already two files.
    expect(exportArchive([workshopInput], 'vtt').name).toBe('claimline-vtt-2025-03-01.zip');
  });

  it('gives each format its media type', () => {
    expect(mimeOf('a.jsonld')).toBe('application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"');
    expect(mimeOf('a.vtt')).toBe('text/vtt;charset=utf-8');
    expect(mimeOf('a.bib')).toBe('application/x-bibtex;charset=utf-8');
  });
});

describe('backupAll', () => {
  it('holds every visible note of every talk, and restores to the same notes', () => {
    const backup = backupAll(NOTES, EXPORTED_AT);
    expect(backup.name).toBe('claimline-backup-2025-03-01.jsonld');
    const json = JSON.parse(backup.content);
    expect(json).toMatchObject({ type: 'AnnotationCollection', label: 'Claimline backup, 2025-03-01', total: 8 });
    const restored = readAnnotations(json, { now: new Date() });
    expect(restored.ok && [...restored.notes].sort((a, b) => a.id.localeCompare(b.id))).toEqual(visibleNotes(NOTES).sort((a, b) => a.id.localeCompare(b.id)));
  });
});
