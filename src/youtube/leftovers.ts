/**
 * What a copy of Claimline that no longer runs left in the page. Firefox ends
 * an add-on's content scripts when it is updated or reloaded and runs the new
 * version's in the open tabs at once, so the old panel and markers stay
 * behind with no code to remove them. (Chromium keeps an orphaned copy
 * running, and that copy removes its own.)
 */
import { HOST_TAG } from './panel-host';
import { LAYER_ATTRIBUTE, TOOLTIP_ATTRIBUTE } from './progress-markers';

/** The note editor's text field (src/ui/NoteEditor.tsx). */
const NOTE_TEXT = 'textarea[data-field="note-text"]';

/**
 * Removes every panel, marker layer and label left in `doc`, and returns the
 * text of a note that was being written in a left panel ('' when none). Call
 * before showing a panel: at that moment, any in the page is a leftover.
 */
export function removeLeftovers(doc: Document): string {
  let unsaved = '';
  for (const host of doc.querySelectorAll(HOST_TAG)) {
    const field = host.shadowRoot?.querySelector<HTMLTextAreaElement>(NOTE_TEXT);
    if (field?.value) unsaved = field.value;
    host.remove();
  }
  for (const el of doc.querySelectorAll(`[${LAYER_ATTRIBUTE}], [${TOOLTIP_ATTRIBUTE}]`)) el.remove();
  return unsaved;
}
