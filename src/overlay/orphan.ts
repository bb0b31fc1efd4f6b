/**
 * When the extension is updated or reloaded while a note is being typed, the
 * old overlay can no longer save. Rather than vanish with the text, it leaves
 * the text on the page, with what to do. (The draft was also stored, and the
 * new version offers it again after a reload.)
 */
export function showOrphanedDraft(mount: HTMLElement, text: string): void {
  const doc = mount.ownerDocument;
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font:14px/1.4 Roboto,Arial,sans-serif;padding:12px;border:1px solid #c00;border-radius:12px;background:#fff;color:#0f0f0f;';
  const message = doc.createElement('p');
  message.textContent = 'Claimline was updated or reloaded while you were writing. Your note was not saved yet: copy it, then reload this page (Claimline will also offer the draft again).';
  const field = doc.createElement('textarea');
  field.readOnly = true;
  field.value = text;
  field.style.cssText = 'width:100%;min-height:6em;box-sizing:border-box;';
  box.append(message, field);
  mount.replaceChildren(box);
}
