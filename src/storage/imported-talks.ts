/** Talk documents the viewer imported, in IndexedDB beside the notes. */
import type { VideoId } from '../core/ids';
import { database, type ImportedTalk } from './database';

export async function importedTalks(): Promise<ImportedTalk[]> {
  return (await database()).getAll('talks');
}

export async function importedTalk(videoId: VideoId): Promise<ImportedTalk | null> {
  return (await (await database()).get('talks', videoId)) ?? null;
}

/** Stores (or replaces) an imported talk; resolves once the transaction completed. */
export async function storeImportedTalk(talk: ImportedTalk): Promise<void> {
  const tx = (await database()).transaction('talks', 'readwrite');
  await tx.store.put(talk);
  await tx.done;
}

/** Removes an imported talk; the viewer's notes on it stay (they are theirs). */
export async function removeImportedTalk(videoId: VideoId): Promise<boolean> {
  const db = await database();
  const tx = db.transaction('talks', 'readwrite');
  const existed = (await tx.store.get(videoId)) !== undefined;
  await tx.store.delete(videoId);
  await tx.done;
  return existed;
}
