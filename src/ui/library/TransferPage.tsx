/** Import & export: every talk in a format, a backup of every note, and importing notes and talks from files. */
import { useId } from 'preact/hooks';
import { ExportButtons } from './ExportButtons';
import { EXPORT_FORMATS } from './export-formats';
import { ImportFiles } from './ImportFiles';
import type { LibraryProps } from './library-props';
import { TransferMessages } from './TransferMessages';

export type TransferPageProps = Pick<LibraryProps, 'busy' | 'messages' | 'onExport' | 'onBackup' | 'onImportFiles'>;

export function TransferPage({ busy, messages, onExport, onBackup, onImportFiles }: TransferPageProps) {
  const exportId = useId();
  const importId = useId();
  return (
    <>
      <h1 class="lib-title" tabIndex={-1}>
        {'Import & export'}
      </h1>
      <p class="lib-busy" role="status">
        {busy ? 'Working…' : ''}
      </p>
      <TransferMessages messages={messages} />
      <section class="lib-section" aria-labelledby={exportId} aria-busy={busy ? 'true' : undefined}>
        <h2 class="lib-h2" id={exportId}>
          Export
        </h2>
        <p class="lib-hint">Every talk in one format, as a zip of one file per talk:</p>
        <ul class="lib-formats">
          {EXPORT_FORMATS.map(({ format, label, holds }) => (
            <li key={format}>
              <strong>{label}</strong>: {holds}
            </li>
          ))}
        </ul>
        <ExportButtons label="Export everything as" action="export-all" disabled={busy} onExport={(format) => onExport(format, null)} />
        <p class="lib-hint">A backup holds every note of every talk in one Web Annotation file; import it to restore them.</p>
        <button type="button" class="cl-button" data-action="backup" disabled={busy} onClick={onBackup}>
          Back up all notes
        </button>
      </section>
      <section class="lib-section" aria-labelledby={importId}>
        <h2 class="lib-h2" id={importId}>
          Import
        </h2>
        <ul class="lib-formats">
          <li>
            <strong>Annotation files</strong> (<code>.jsonld</code>, <code>.json</code>): a backup or an export of notes. They are merged
            with yours: where one note is in both, the newer edit wins. If any item of a file is invalid, nothing of that file changes.
          </li>
          <li>
            <strong>Talk documents</strong> (<code>.md</code>, <code>.markdown</code>, <code>.txt</code>): a talk summary in the format of
            the bundled talks (front matter with <code>title</code> and <code>videoId</code>, claims ending in timestamps). Each adds a talk
            to your library.
          </li>
        </ul>
        <ImportFiles busy={busy} onImportFiles={onImportFiles} />
      </section>
    </>
  );
}
