/**
 * Unsaved note drafts, per talk, in `storage.local`: typing survives a page
 * reload, a closed tab and an extension update until the note is saved.
 */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { VideoId } from '../core/ids';
import { STANCES } from '../core/note';
import type { NoteEditorState } from '../ui/panel-props';

const DraftSchema = v.object({
  noteId: v.nullable(v.string()),
  start: v.number(),
  claimId: v.nullable(v.string()),
  text: v.string(),
  stance: v.nullable(v.picklist(STANCES)),
  tags: v.string(),
});

export type StoredDraft = Omit<NoteEditorState, 'saving' | 'error'>;

const keyOf = (videoId: VideoId) => `draft:${videoId}`;

export async function loadDraft(videoId: VideoId): Promise<StoredDraft | null> {
  const stored = (await browser.storage.local.get(keyOf(videoId)))[keyOf(videoId)];
  const result = v.safeParse(DraftSchema, stored);
  return result.success ? (result.output as StoredDraft) : null;
}

export async function storeDraft(videoId: VideoId, draft: StoredDraft): Promise<void> {
  await browser.storage.local.set({ [keyOf(videoId)]: draft });
}

export async function clearDraft(videoId: VideoId): Promise<void> {
  await browser.storage.local.remove(keyOf(videoId));
}
