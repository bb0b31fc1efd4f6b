/**
 * The toolbar popup: on a talk, what is being said, how many notes the
 * viewer has, Add note, the talk's exports and the library; elsewhere, what
 * Claimline does and the library. Props only (see `popup-props.ts`).
 */
import { ExportButtons } from '../library/ExportButtons';
import { plural } from '../library/words';
import type { PopupProps } from './popup-props';

export function PopupApp({ talk, error, onAddNote, onExport, onOpenLibrary }: PopupProps) {
  return (
    <main class="claimline cl-page pop" data-video-id={talk?.videoId}>
      {talk === null ? (
        <>
          <h1 class="pop-title">Claimline</h1>
          <p class="pop-about">Claimline shows a talk's claims, references and your notes beside the video on YouTube.</p>
        </>
      ) : (
        <>
          <h1 class="pop-title">{talk.title}</h1>
          <p class="pop-now">
            {talk.currentClaim === null ? (
              'Not started'
            ) : (
              <>
                <span class="pop-label">Now</span>
                {talk.currentClaim}
              </>
            )}
          </p>
          <p class="pop-count">{plural(talk.notes, 'note')}</p>
          <button type="button" class="cl-button cl-primary pop-add" data-action="add-note" onClick={onAddNote}>
            Add note
          </button>
          <ExportButtons label="Export" action="export" onExport={onExport} />
        </>
      )}
      {error !== null && (
        <p class="pop-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="cl-button pop-library" data-action="open-library" onClick={onOpenLibrary}>
        Open the library
      </button>
    </main>
  );
}
