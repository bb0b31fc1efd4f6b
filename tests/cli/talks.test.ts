/** The `talks` command as a user runs it: `npm run --silent talks -- ...`. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDocuments, SEEDS_DIR } from '../core/seeds';
import { backupAll } from '../../src/core/export/files';
import { EXPORTED_AT, NOTES } from '../core/export/fixture';

const ROOT = join(import.meta.dirname, '..', '..');

function talks(...args: string[]) {
  return talksWith({}, ...args);
}

function talksWith(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'talks', '--', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.replace(/^npm warn.*\n/gm, '') };
}

describe('talks check', () => {
  it('is clean on seeds/: exit 0, no error line, a summary of what was read', () => {
    const { code, stdout, stderr } = talks('check');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/: error: /);
    for (const line of stdout.trim().split('\n').filter(Boolean)) {
      expect(line).toMatch(/^seeds\/\d{3}_\w+\.txt:\d+:\d+: warning: /);
    }
    expect(stderr).toMatch(/4 talks, 174 claims, 30 references, \d+ concepts: 0 errors/);
  }, 30_000);

  it('reports a broken document with path:line:column, exits 1, and still reads the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-check-'));
    for (const name of ['000_f5ff4764b5c553ef.txt', '004_b52478d681d99f48.txt']) copyFileSync(join(SEEDS_DIR, name), join(dir, name));
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: Broken\nvideoId: not-an-id\n---\n\nA claim [00:01:00]\n\nAnother [00:75:00]\n');
    writeFileSync(join(dir, 'twin.md'), '---\ntitle: Twin\nvideoId: Y4wMksHyMFg\n---\n\nSame video [00:01:00]\n');
    const { code, stdout, stderr } = talks('check', dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(dir, 'broken.md')}:3:1: error: videoId "not-an-id" is not a YouTube video id`);
    expect(stdout).toMatch(new RegExp(`${join(dir, 'broken.md')}:8:9: error: timestamp \\[00:75:00\\] cannot be read`));
    expect(stdout).toContain(`${join(dir, 'twin.md')}:3:1: error: videoId Y4wMksHyMFg is already used by ${join(dir, '000_f5ff4764b5c553ef.txt')}`);
    expect(stderr).toMatch(/^1 talks, 16 claims, 30 references/m);
  }, 30_000);
});

describe('talks parse', () => {
  it('prints a seed talk as the documented JSON, claims in document order', () => {
    const { code, stdout } = talks('parse', 'seeds/002_a67646a8fad18075.txt');
    expect(code).toBe(0);
    const talk = JSON.parse(stdout);
    expect(Object.keys(talk)).toEqual(['videoId', 'title', 'timestampFormat', 'timestampEvidence', 'claims', 'references', 'concepts']);
    expect(talk).toMatchObject({ videoId: 'zFeAtV7AN0A', title: 'Causal inference models and AI workshops', timestampFormat: 'mm:ss:ff' });
    expect(talk.claims).toHaveLength(52);
    expect(Object.keys(talk.claims[0])).toEqual(['id', 'start', 'end', 'text', 'label', 'section', 'line', 'column', 'concepts', 'references']);
    expect(talk.claims.map((c: { line: number }) => c.line)).toEqual([...talk.claims.map((c: { line: number }) => c.line)].sort((a, b) => a - b));
    const critical = talk.claims.find((c: { id: string }) => c.id === 't12-41-00');
    expect(critical.references[0]).toMatchObject({ key: 'yang2023critical', title: 'A critical review of causal inference benchmarks for large language models' });
    const concept = talk.concepts.find((c: { key: string }) => c.key === 'benchmarking_causal_reasoning_in_ai');
    expect(concept.claims).toContain('t12-41-00');
  }, 30_000);

  it('prints the bibliography of the workshop page', () => {
    const { code, stdout } = talks('parse', 'seeds/004_b52478d681d99f48.txt');
    expect(code).toBe(0);
    const { bibliography } = JSON.parse(stdout);
    expect(bibliography).toHaveLength(30);
    expect(bibliography[8]).toMatchObject({ key: 'zecevic2023causal', year: 2023, url: 'https://arxiv.org/abs/2308.13067' });
  }, 30_000);

  it('a broken file: its errors on stderr, exit 1, nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-parse-'));
    writeFileSync(join(dir, 'bad.md'), '---\ntitle: [oops\n---\nA [00:10]\n');
    const { code, stdout, stderr } = talks('parse', join(dir, 'bad.md'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.md:\d+:\d+: error: front matter is not valid YAML/);
  }, 30_000);

  it('knows the seeds it was given', () => {
    expect(seedDocuments).toHaveLength(5);
  });
});

describe('talks export', () => {
  const FIXTURES = join(ROOT, 'tests', 'fixtures', 'export');
  const BASE = 'causal-inference-models-and-ai-workshops-zFeAtV7AN0A';
  const WORKSHOP = 'seeds/002_a67646a8fad18075.txt';
  // The fixture's export time, so the output is the reviewed file byte for byte.
  const AT = { SOURCE_DATE_EPOCH: String(EXPORTED_AT.getTime() / 1000) };
  const dir = mkdtempSync(join(tmpdir(), 'claimline-export-'));
  const backup = join(dir, 'backup.jsonld');
  writeFileSync(backup, backupAll(NOTES, EXPORTED_AT).content);
  const expected = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

  it('prints the talk with the notes of a backup as Markdown', () => {
    const { code, stdout, stderr } = talksWith(AT, 'export', WORKSHOP, '--format', 'markdown', '--notes', backup);
    expect(stderr).toMatch(/^(seeds\/002_a67646a8fad18075\.txt:\d+:\d+: warning: .*\n)*$/);
    expect(code).toBe(0);
    expect(stdout).toBe(expected(`${BASE}.md`));
  }, 30_000);

  it('prints annotations, VTT cues (the default) or chapters, and BibTeX', () => {
    expect(talksWith(AT, 'export', WORKSHOP, '--format', 'annotations', '--notes', backup).stdout).toBe(expected(`${BASE}.jsonld`));
    expect(talksWith(AT, 'export', WORKSHOP, '--format', 'vtt', '--notes', backup).stdout).toBe(expected(`${BASE}.cues.vtt`));
    expect(talksWith(AT, 'export', WORKSHOP, '--format', 'vtt', '--vtt', 'chapters').stdout).toBe(expected(`${BASE}.chapters.vtt`));
    expect(talks('export', WORKSHOP, '--format', 'bibtex').stdout).toBe(expected(`${BASE}.bib`));
  }, 60_000);

  it('exports a talk without notes when no backup is given', () => {
    const { code, stdout } = talks('export', 'seeds/000_f5ff4764b5c553ef.txt', '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: Causality and Large Language Models\nvideoId: Y4wMksHyMFg\n/);
    expect(stdout).toContain('tags: []');
    expect(stdout).not.toContain('*Note*');
  }, 30_000);

  it('refuses a backup with a bad item: BACKUP:item N: field: message on stderr, exit 1, nothing on stdout', () => {
    const json = JSON.parse(backupAll(NOTES, EXPORTED_AT).content);
    json.first.items[2].target.selector.value = 't=abc';
    json.first.items[4].modified = 'last tuesday';
    const bad = join(dir, 'bad.jsonld');
    writeFileSync(bad, JSON.stringify(json));
    const { code, stdout, stderr } = talks('export', WORKSHOP, '--format', 'markdown', '--notes', bad);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `${bad}:item 3: target.selector.value: "t=abc" is not a media fragment t=START[,END]`,
      `${bad}:item 5: modified: "last tuesday" is not a date-time`,
    ]);
  }, 30_000);

  it('says when the backup is not JSON or not annotations', () => {
    const truncated = join(dir, 'truncated.jsonld');
    writeFileSync(truncated, backupAll(NOTES, EXPORTED_AT).content.slice(0, 200));
    const notJson = talks('export', WORKSHOP, '--format', 'markdown', '--notes', truncated);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(new RegExp(`^${truncated}: not JSON: `));
    const other = join(dir, 'package.json');
    writeFileSync(other, JSON.stringify({ name: 'x', version: '1.0.0' }));
    const wrong = talks('export', WORKSHOP, '--format', 'markdown', '--notes', other);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`${other}:type: missing: expected "Annotation", "AnnotationPage" or "AnnotationCollection"`);
  }, 30_000);

  it('explains a missing or unknown format and a bibliography given as the talk', () => {
    const none = talks('export', WORKSHOP);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('talks: --format must be one of markdown, annotations, vtt, bibtex');
    expect(none.stderr).toContain('export FILE --format markdown|annotations|vtt|bibtex');
    expect(talks('export', WORKSHOP, '--format', 'pdf').code).toBe(2);
    expect(talks('export', WORKSHOP, '--format', 'vtt', '--vtt', 'both').stderr).toContain('--vtt must be cues or chapters');
    const bib = talks('export', 'seeds/004_b52478d681d99f48.txt', '--format', 'bibtex');
    expect(bib.code).toBe(1);
    expect(bib.stderr).toContain('is the bibliography; export takes a talk document');
  }, 60_000);
});
