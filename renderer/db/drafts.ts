/**
 * Drafts: what the director is typing into "Log conversation", kept so that a crash, a kill of
 * the process or a power cut never loses a word. They live in their own IndexedDB database,
 * `rapport-drafts`, not in the journal: a draft is not a record (never in backups, exports or the
 * change feed) and has no place in the journal's schema versions.
 *
 * Every write is a Dexie transaction with strict durability (`chromeTransactionDurability:
 * 'strict'` makes Dexie open each transaction with `{ durability: 'strict' }`): it is reported
 * done only once Chromium has flushed it to disk. `DraftSaver` debounces the writes, at most
 * 300 ms after a change.
 *
 * A stored draft is read back through zod (`parseConversationDraft`). One that does not pass (an
 * older version's, or damaged) is moved to the `setAside` table, never deleted, and the caller
 * shows a notice with its text. A draft left in localStorage by an older version is moved here
 * once.
 *
 * One window IndexedDB cannot cover: a reload or a closed window less than 300 ms after a
 * keystroke (an unloading page cannot finish a transaction). For that moment only, `DraftSaver`
 * writes what is pending synchronously to localStorage, under the older versions' key, and the
 * next read moves it in like theirs (the newer of the two wins); any later write or clear
 * removes it. A kill fires no unload event: what survives it is what IndexedDB already has.
 */
import Dexie, { type EntityTable } from 'dexie';
import { parseConversationDraft, type ConversationDraft, type ConversationDraftForm } from '../../shared/domain/drafts';
import { nowInstant } from '../../shared/dates/instant';

export const DRAFTS_DB_NAME = 'rapport-drafts';
/** Where versions before this one kept the draft, and where an unloading page leaves what is pending. */
export const LEGACY_DRAFT_KEY = 'rapport.conversationDraft';
/** The longest a change waits before it is written. */
export const DRAFT_DEBOUNCE_MS = 300;

const CONVERSATION = 'conversation';

interface DraftRow {
  /** What the draft is of; today only 'conversation' (a new conversation). */
  id: string;
  /** `{ form, savedAt }` as written; checked on every read. */
  draft: unknown;
}

export interface SetAsideDraft {
  seq?: number;
  /** The draft's id when it was set aside. */
  id: string;
  /** Exactly what was stored. */
  draft: unknown;
  /** What zod found wrong. */
  reason: string;
  setAsideAt: string;
}

export type DraftsDb = Dexie & {
  drafts: EntityTable<DraftRow, 'id'>;
  setAside: EntityTable<SetAsideDraft, 'seq'>;
};

export function openDraftsDb(name = DRAFTS_DB_NAME): DraftsDb {
  const database = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DraftsDb;
  database.version(1).stores({ drafts: 'id', setAside: '++seq' });
  return database;
}

export const draftsDb: DraftsDb = openDraftsDb();

/** The part of `Storage` the move from localStorage needs (tests pass their own). */
export type LegacyStorage = Pick<Storage, 'getItem' | 'removeItem' | 'setItem'>;

function browserStorage(): LegacyStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export type DraftRead =
  | { kind: 'none' }
  | { kind: 'draft'; draft: ConversationDraft }
  /** The stored draft did not pass validation; it is kept in `setAside`. `text` is what it held. */
  | { kind: 'setAside'; setAsideAt: string; text: string };

function sameForm(a: unknown, b: unknown): boolean {
  const formOf = (value: unknown) =>
    typeof value === 'object' && value !== null && 'form' in value ? JSON.stringify(value.form) : JSON.stringify(value);
  return formOf(a) === formOf(b);
}

/** The `savedAt` of a stored draft, '' when it has none (ISO instants compare as strings). */
function savedAtOf(value: unknown): string {
  if (typeof value !== 'object' || value === null || !('savedAt' in value)) return '';
  return typeof value.savedAt === 'string' ? value.savedAt : '';
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Moves a draft that an older version left in localStorage into the database, once. */
export async function migrateLegacyDraft(
  database: DraftsDb = draftsDb,
  storage: LegacyStorage | null = browserStorage(),
): Promise<void> {
  if (!storage) return;
  let raw: string | null;
  try {
    raw = storage.getItem(LEGACY_DRAFT_KEY);
  } catch {
    return;
  }
  if (raw === null) return;
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Kept as the raw text: validation sets it aside, with its text, on the next read.
  }
  await database.transaction('rw', database.drafts, database.setAside, async () => {
    const existing = await database.drafts.get(CONVERSATION);
    if (!existing || savedAtOf(value) > savedAtOf(existing.draft)) {
      // New here, or left by an unloading page after the last write: the newer of the two.
      await database.drafts.put({ id: CONVERSATION, draft: value });
    } else if (!sameForm(existing.draft, value)) {
      // A newer draft is already here (an older version's draft next to this one's): keep both.
      await database.setAside.add({
        id: CONVERSATION,
        draft: value,
        reason: 'an older draft from localStorage, found next to a newer one',
        setAsideAt: nowInstant(),
      });
    }
  });
  // Only once the move is on disk; a crash in between moves it again, harmlessly.
  try {
    storage.removeItem(LEGACY_DRAFT_KEY);
  } catch {
    // Moved again next time: the comparison above makes that a no-op.
  }
}

/** The draft of a new conversation, checked; an invalid one is set aside (kept) and reported. */
export async function readConversationDraft(
  database: DraftsDb = draftsDb,
  storage: LegacyStorage | null = browserStorage(),
): Promise<DraftRead> {
  await migrateLegacyDraft(database, storage);
  return database.transaction('rw', database.drafts, database.setAside, async (): Promise<DraftRead> => {
    const row = await database.drafts.get(CONVERSATION);
    if (!row) return { kind: 'none' };
    const parsed = parseConversationDraft(row.draft);
    if (parsed.ok) return { kind: 'draft', draft: parsed.draft };
    const setAsideAt = nowInstant();
    await database.setAside.add({ id: CONVERSATION, draft: row.draft, reason: parsed.reason, setAsideAt });
    await database.drafts.delete(CONVERSATION);
    return { kind: 'setAside', setAsideAt, text: textOf(row.draft) };
  });
}

export async function writeConversationDraft(
  form: ConversationDraftForm,
  database: DraftsDb = draftsDb,
  savedAt: string = nowInstant(),
): Promise<void> {
  const draft: ConversationDraft = { form, savedAt };
  await database.transaction('rw', database.drafts, () => database.drafts.put({ id: CONVERSATION, draft }));
}

export async function clearConversationDraft(database: DraftsDb = draftsDb): Promise<void> {
  await database.transaction('rw', database.drafts, () => database.drafts.delete(CONVERSATION));
}

/** Drafts that failed validation, newest first (kept for the director, never deleted by the app). */
export async function listSetAsideDrafts(database: DraftsDb = draftsDb): Promise<SetAsideDraft[]> {
  // A handful at most: sorted here rather than by an index every write would pay for.
  const all = await database.setAside.toArray();
  return all.sort((a, b) => b.setAsideAt.localeCompare(a.setAsideAt) || (b.seq ?? 0) - (a.seq ?? 0));
}

/**
 * Writes the latest form at most `delay` ms after the first unsaved change (typing without a
 * pause still reaches the disk every `delay` ms), one write at a time and in order: a clear
 * cancels a pending write and is never overtaken by an older one.
 */
export class DraftSaver {
  private pending: ConversationDraftForm | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: DraftsDb = draftsDb,
    private readonly delay: number = DRAFT_DEBOUNCE_MS,
    private readonly storage: LegacyStorage | null = browserStorage(),
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /**
   * The page is going away (reload, close, hidden): what is pending goes to localStorage now,
   * synchronously, then to IndexedDB as usual if the page lives long enough.
   */
  flushOnUnload(): void {
    const form = this.pending;
    if (!form || !this.storage) return;
    // One instant for both copies: the same draft, whichever the next read finds.
    const savedAt = nowInstant();
    try {
      this.storage.setItem(LEGACY_DRAFT_KEY, JSON.stringify({ form, savedAt } satisfies ConversationDraft));
    } catch {
      // A full disk refuses this too; IndexedDB still has the previous write.
    }
    void this.flush(savedAt);
  }

  schedule(form: ConversationDraftForm): void {
    this.pending = form;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delay);
  }

  clear(): Promise<void> {
    this.cancelTimer();
    this.pending = null;
    return this.enqueue(() => clearConversationDraft(this.database));
  }

  /** Writes a pending change now; resolves when every queued write is done. */
  flush(savedAt?: string): Promise<void> {
    this.cancelTimer();
    const form = this.pending;
    this.pending = null;
    if (form) return this.enqueue(() => writeConversationDraft(form, this.database, savedAt));
    return this.queue;
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.queue = this.queue
      .then(job)
      .then(() => this.dropUnloadCopy())
      .catch(this.onError);
    return this.queue;
  }

  /** IndexedDB now holds something newer than an unload-time copy: the copy must not come back. */
  private dropUnloadCopy(): void {
    try {
      this.storage?.removeItem(LEGACY_DRAFT_KEY);
    } catch {
      // The next read compares times: an older copy is kept aside, not restored.
    }
  }
}
