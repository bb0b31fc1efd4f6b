/**
 * The contract between the library page's controller (storage, search,
 * files) and its components (props only). Times are seconds; dates ISO strings.
 */
import type { NoteId, VideoId } from '../../core/ids';
import type { Note } from '../../core/note';
import type { SearchHit } from '../../core/search';
import type { Settings } from '../../core/settings';
import type { TalkBundle } from '../../core/talk-bundle';
import type { NoteDraftChange, NoteEditorState } from '../panel-props';

/** One line of the talk list. */
export interface LibraryTalk {
  videoId: VideoId;
  title: string;
  claims: number;
  notes: number;
  papers: number;
  concepts: number;
  /** Bundled with the extension (cannot be removed) or imported by the viewer. */
  origin: 'bundled' | 'imported';
  importedAt: string | null;
  /** When the viewer last had it open on YouTube, or null. */
  lastWatched: string | null;
  /** How far they got, in seconds, and the video's length when known. */
  position: number | null;
  duration: number | null;
}

/** Where the page is; kept in the URL hash so back/forward and reloads work. */
export type LibraryRoute =
  | { page: 'talks' }
  | { page: 'talk'; videoId: VideoId }
  | { page: 'search'; query: string }
  | { page: 'concepts' }
  | { page: 'references' }
  | { page: 'transfer' }
  | { page: 'settings' };

/** The concept and reference indexes: every talk and moment that discusses a concept or cites a paper. */
export type { ConceptIndexEntry, IndexedMoment as Moment, ReferenceIndexEntry } from '../../core/library-index';
import type { ConceptIndexEntry, ReferenceIndexEntry } from '../../core/library-index';

export type ExportFormat = 'markdown' | 'annotations' | 'vtt' | 'bibtex';

/** A line of feedback from import or export: what happened, or what is wrong and where. */
export interface TransferMessage {
  kind: 'ok' | 'error';
  text: string;
  /** For document imports: `line:column` problems, one per entry. */
  details: string[];
}

export interface LibraryProps {
  route: LibraryRoute;
  /** Every talk, bundled and imported; null while loading. */
  talks: readonly LibraryTalk[] | null;
  /** The talk page's data when `route.page === 'talk'` (null while loading or unknown). */
  talk: { bundle: TalkBundle; notes: readonly Note[]; origin: LibraryTalk['origin'] } | null;
  /** The note editor open on the talk page, or null. */
  editor: NoteEditorState | null;
  query: string;
  results: readonly SearchHit[];
  /** False until the search index is built (the page renders before it). */
  searchReady: boolean;
  concepts: readonly ConceptIndexEntry[];
  references: readonly ReferenceIndexEntry[];
  settings: Settings;
  /** Import/export in progress, and its outcome. */
  busy: boolean;
  messages: readonly TransferMessage[];
  /** A short confirmation in a live region, or null. */
  status: string | null;
  onNavigate(route: LibraryRoute): void;
  onQuery(query: string): void;
  /** Opens the talk on YouTube at a moment (a new tab). */
  onOpenAt(videoId: VideoId, start: number): void;
  /** Export one talk (videoId) or every talk (null) in a format; downloads a file (a zip for several). */
  onExport(format: ExportFormat, videoId: VideoId | null): void;
  /** Downloads a backup of every note (Web Annotation JSON-LD). */
  onBackup(): void;
  /** Imports files: `.jsonld`/`.json` (annotations) and `.md`/`.txt` (talk documents). */
  onImportFiles(files: readonly File[]): void;
  onRemoveTalk(videoId: VideoId): void;
  onSettingsChange(patch: Partial<Settings>): void;
  onEditNote(id: NoteId): void;
  onDeleteNote(id: NoteId): void;
  onDraftChange(change: NoteDraftChange): void;
  onSaveNote(): void;
  onCancelNote(): void;
}
