/**
 * Claimline's IndexedDB, in the extension's own origin (background service
 * worker and extension pages; never a content script, whose IndexedDB would
 * belong to youtube.com). Versioned from day one: every shape a release ever
 * wrote has a migration to the next, tested with a fixture of that shape.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { asClaimId, asNoteId, asVideoId, type VideoId } from '../core/ids';
import type { TalkBundle } from '../core/talk-bundle';
import type { Note } from '../core/note';

export const DB_NAME = 'claimline';
export const DB_VERSION = 3;

/** Version 1, the first shape: a note's time was `time`, dates were epoch milliseconds, no stance, tags or end. */
export interface NoteV1 {
  id: string;
  videoId: string;
  time: number;
  claimId: string | null;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** A talk document the viewer imported: its source as given, and what it compiled to. */
export interface ImportedTalk {
  videoId: VideoId;
  fileName: string;
  /** The document exactly as imported, so it can be compiled again by a later version. */
  source: string;
  importedAt: string;
  bundle: TalkBundle;
}

export interface ClaimlineSchema extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { byVideo: string; byUpdated: string };
  };
  /** Since version 3. */
  talks: {
    key: string;
    value: ImportedTalk;
  };
}

export type ClaimlineDB = IDBPDatabase<ClaimlineSchema>;
type UpgradeTx = IDBPTransaction<ClaimlineSchema, StoreNames<ClaimlineSchema>[], 'versionchange'>;

/** The note of version 2 for a record of version 1; nothing is dropped. */
export function migrateNoteV1(old: NoteV1): Note {
  return {
    id: asNoteId(old.id),
    videoId: asVideoId(old.videoId),
    start: old.time,
    end: null,
    claimId: old.claimId === null ? null : asClaimId(old.claimId),
    text: old.text,
    stance: null,
    tags: [],
    createdAt: new Date(old.createdAt).toISOString(),
    updatedAt: new Date(old.updatedAt).toISOString(),
    deletedAt: null,
  };
}

async function upgrade(db: ClaimlineDB, oldVersion: number, tx: UpgradeTx) {
  if (oldVersion < 1) {
    db.createObjectStore('notes', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    const notes = tx.objectStore('notes');
    notes.createIndex('byVideo', 'videoId');
    notes.createIndex('byUpdated', 'updatedAt');
    if (oldVersion >= 1) {
      for (let cursor = await notes.openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update(migrateNoteV1(cursor.value as unknown as NoteV1));
      }
    }
  }
  if (oldVersion < 3) {
    db.createObjectStore('talks', { keyPath: 'videoId' });
  }
}

let opening: Promise<ClaimlineDB> | null = null;

/** How long to wait for older connections to let an upgrade through before saying so. */
export const BLOCKED_UPGRADE_MS = 5000;

/** The upgrade is held up by an older Claimline page that keeps the database open. */
export class BlockedUpgradeError extends Error {
  override name = 'BlockedError';
}

/**
 * The database, opened on first use after each service-worker start (nothing
 * is kept only in memory). A connection closed by another version or by the
 * browser is forgotten, so the next call opens a new one.
 */
export function database(options: { blockedUpgradeMs?: number } = {}): Promise<ClaimlineDB> {
  if (opening) return opening;
  const waitMs = options.blockedUpgradeMs ?? BLOCKED_UPGRADE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (error: Error) => void = () => undefined;
  const blocked = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  const open = openDB<ClaimlineSchema>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
    blocked: () => {
      timer = setTimeout(() => giveUp(new BlockedUpgradeError('an older Claimline page keeps the database open')), waitMs);
    },
    blocking: () => closeDatabase(),
    terminated: () => {
      opening = null;
    },
  });
  const current: Promise<ClaimlineDB> = Promise.race([open, blocked])
    .finally(() => clearTimeout(timer))
    .catch((error: unknown) => {
      if (opening === current) opening = null;
      throw error;
    });
  opening = current;
  // An open that completes after we gave up waiting is closed, not leaked.
  void open.then((db) => {
    if (opening !== current) db.close();
  }, () => undefined);
  return current;
}

/** Closes the connection (a newer version wants to upgrade, or a test resets). */
export function closeDatabase(): void {
  const current = opening;
  opening = null;
  void current?.then((db) => db.close()).catch(() => undefined);
}
