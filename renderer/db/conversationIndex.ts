/**
 * The one live copy of the conversations: every live conversation as a compact row, loaded once
 * and kept current by the change feed, published through a `LiveStore` (snapshot + version +
 * listeners). Figures over the whole journal (dashboard, call list, trends, due to talk, client
 * health, the summary's call list) derive from its snapshot without re-reading 50 000 records
 * from IndexedDB on every change; a screen that holds full records (the journal's visible rows)
 * takes the written records from `onWritten` instead of following the change feed itself.
 */
import type { Channel, Conversation, Feedback, Outcome } from '../../shared/domain/types';
import { compareByTime } from '../../shared/rules/balance';
import type { RapportDb } from './db';
import { onCommittedChanges, type TableChange } from './changeFeed';
import { LiveStore, type LiveSource } from './liveStore';
import { isLive } from '../../shared/domain/records';

/** The fields whole-journal figures need. Enough for `shared/rules`. */
export interface ConversationRow {
  id: string;
  clientId: string;
  at: string;
  atMs: number;
  outcome: Outcome;
  channel: Channel;
  private: boolean;
  criteria: Feedback['criteria'];
}

export interface IndexSnapshot {
  /** Live conversations sorted by time, ties by id. */
  rows: readonly ConversationRow[];
  /** Increments on every change; use it as a memo key. */
  version: number;
}

export function toRow(c: Conversation): ConversationRow {
  return {
    id: c.id,
    clientId: c.clientId,
    at: c.at,
    atMs: Date.parse(c.at),
    outcome: c.outcome,
    channel: c.channel,
    private: c.private,
    criteria: c.feedback?.criteria ?? {},
  };
}

/** Above this many changed rows in one commit a full sort is cheaper than inserting one by one. */
const INCREMENTAL_LIMIT = 500;

/** First position whose row sorts after `row` (binary search on the time order). */
function insertionPoint(rows: readonly ConversationRow[], row: ConversationRow): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareByTime(rows[mid]!, row) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class ConversationIndex implements LiveSource<IndexSnapshot | null> {
  private byId = new Map<string, ConversationRow>();
  /** `null` until the first load has finished. */
  private readonly store = new LiveStore<IndexSnapshot | null>(null);
  private loading: Promise<void> | null = null;
  /** Listeners for the full conversation records each committed transaction wrote. */
  private readonly writtenListeners = new Set<(written: Conversation[]) => void>();
  private stale = false;
  /** Changes committed while a load is reading; replayed on top of what it read. */
  private pendingWhileLoading: TableChange[][] | null = null;
  private readonly unsubscribe: () => void;

  /**
   * @param loadRows optional faster loader (the app reads in a Web Worker); the direct Dexie
   *   read is the fallback and what tests use.
   */
  constructor(
    private readonly db: RapportDb,
    private readonly loadRows?: () => Promise<ConversationRow[]>,
  ) {
    this.unsubscribe = onCommittedChanges(db, (changes) => {
      if (!changes.some((change) => change.table === 'conversations')) return;
      this.follow(changes);
      this.tellWritten(changes);
    });
  }

  /** Brings the rows up to date with one committed batch (or keeps it for the load in progress). */
  private follow(changes: TableChange[]): void {
    if (this.pendingWhileLoading) {
      this.pendingWhileLoading.push(changes);
      return;
    }
    const { rebuild, changedIds } = this.apply(changes);
    if (this.store.getSnapshot() === null) return;
    if (this.stale) void this.reload();
    else if (rebuild || changedIds.size > INCREMENTAL_LIMIT) this.publish();
    else this.publishChanged(changedIds);
  }

  private tellWritten(changes: readonly TableChange[]): void {
    if (this.writtenListeners.size === 0) return;
    const written: Conversation[] = [];
    for (const change of changes) if (change.table === 'conversations') written.push(...change.upserts);
    if (written.length === 0) return;
    for (const listener of [...this.writtenListeners]) listener(written);
  }

  /** Applies one committed batch to the map; says what a publish has to redo. */
  private apply(changes: readonly TableChange[]): { rebuild: boolean; changedIds: Set<string> } {
    let rebuild = false;
    const changedIds = new Set<string>();
    for (const change of changes) {
      if (change.table !== 'conversations') continue;
      // A whole-table clear (restore) is followed by the new contents in the same batch:
      // start from an empty map instead of re-reading 50 000 records on the main thread.
      if (change.emptied) {
        this.byId = new Map();
        rebuild = true;
      } else if (change.cleared) this.stale = true;
      for (const value of change.upserts) {
        changedIds.add(value.id);
        if (isLive(value)) this.byId.set(value.id, toRow(value));
        else this.byId.delete(value.id);
      }
      for (const key of change.deletes) {
        changedIds.add(key);
        this.byId.delete(key);
      }
    }
    return { rebuild, changedIds };
  }

  /** Stops following the change feed and drops the listeners; the last snapshot stays readable. */
  dispose(): void {
    this.unsubscribe();
    this.store.dispose();
    this.writtenListeners.clear();
  }

  getSnapshot = (): IndexSnapshot | null => this.store.getSnapshot();

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  /**
   * Calls `listener` with the conversations written by each committed transaction (deleted ones
   * carry `deletedAt`), right after the rows took them in. Lets a screen that holds full records
   * keep them current without re-reading IndexedDB after every save.
   */
  onWritten(listener: (written: Conversation[]) => void): () => void {
    this.writtenListeners.add(listener);
    return () => this.writtenListeners.delete(listener);
  }

  /** Loads the index once; later calls return the same promise. */
  ensureLoaded(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  async reload(): Promise<void> {
    this.stale = false;
    this.pendingWhileLoading = [];
    let rows: ConversationRow[];
    try {
      // The faster loader runs alongside Dexie opening the database; if it cannot read (first
      // run, or a schema upgrade pending) the direct read waits for Dexie and does it.
      rows = this.loadRows ? await this.loadRows().catch(() => this.readDirect()) : await this.readDirect();
    } catch (error) {
      this.pendingWhileLoading = null;
      throw error;
    }
    const pending = this.pendingWhileLoading;
    this.pendingWhileLoading = null;
    this.byId = new Map(rows.map((row) => [row.id, row]));
    this.stale = false;
    for (const changes of pending) this.apply(changes);
    if (this.stale) return this.reload();
    if (pending.length > 0) this.publish();
    else this.setRows(rows);
  }

  /** Every live conversation through Dexie, sorted. */
  private async readDirect(): Promise<ConversationRow[]> {
    const all = await this.db.conversations.toArray();
    const rows: ConversationRow[] = [];
    for (const c of all) if (isLive(c)) rows.push(toRow(c));
    return rows.sort(compareByTime);
  }

  /** Full rebuild: sort every row (load, restore, large imports). */
  private publish(): void {
    this.setRows([...this.byId.values()].sort(compareByTime));
  }

  /**
   * A save touches a handful of rows: drop them from the sorted list and insert their new
   * versions by binary search, instead of re-sorting 50 000 rows on every keystroke-to-save.
   */
  private publishChanged(changedIds: ReadonlySet<string>): void {
    const rows = (this.store.getSnapshot()?.rows ?? []).filter((row) => !changedIds.has(row.id));
    for (const id of changedIds) {
      const row = this.byId.get(id);
      if (row) rows.splice(insertionPoint(rows, row), 0, row);
    }
    this.setRows(rows);
  }

  private setRows(rows: ConversationRow[]): void {
    this.store.publish((version) => ({ rows, version }));
  }
}
