/**
 * Choosing or dropping files to import. The input stays the keyboard's way
 * in; the drop zone around it takes files dragged from the desktop.
 */
import { useState } from 'preact/hooks';

export interface ImportFilesProps {
  busy: boolean;
  onImportFiles(files: readonly File[]): void;
}

export const IMPORT_ACCEPT = '.jsonld,.json,.md,.markdown,.txt';

export function ImportFiles({ busy, onImportFiles }: ImportFilesProps) {
  const [over, setOver] = useState(false);
  const take = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0) onImportFiles(files);
  };
  return (
    <div
      class={over ? 'lib-drop over' : 'lib-drop'}
      data-drop="import"
      onDragEnter={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragOver={(event) => {
        // Without this the browser opens a dropped file instead of handing it over.
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node) || !event.currentTarget.contains(next)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        if (!busy) take(event.dataTransfer?.files);
      }}
    >
      <p>Drop files here, or</p>
      <label class="lib-file">
        <span>Choose files to import</span>
        <input
          type="file"
          data-field="import"
          multiple
          accept={IMPORT_ACCEPT}
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            take(input.files);
            // Choosing the same file again (after fixing it) must fire again.
            input.value = '';
          }}
        />
      </label>
    </div>
  );
}
