/**
 * An in-memory index of every live conversation, loaded once and kept current by the change
 * feed. Figures over the whole journal (dashboard, call list, trends) are computed from it
 * without re-reading 50 000 records from IndexedDB on every change.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Channel, Conversation, Feedback, Outcome } from '../../shared/domain/types';
import type { RapportDb } from './db';
import { onCommittedChanges } from './changeFeed';

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

function byTime(a: ConversationRow, b: ConversationRow): number {
  return a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export class ConversationIndex {
  private byId = new Map<string, ConversationRow>();
  private snapshot: IndexSnapshot | null = null;
  private loading: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  private stale = false;

  constructor(private readonly db: RapportDb) {
    onCommittedChanges(db, (changes) => {
      let touched = false;
      for (const change of changes) {
        if (change.table !== 'conversations') continue;
        touched = true;
        // A whole-table clear (restore) is followed by the new contents in the same batch:
        // start from an empty map instead of re-reading 50 000 records on the main thread.
        if (change.emptied) this.byId = new Map();
        else if (change.cleared) this.stale = true;
        for (const value of change.upserts as Conversation[]) {
          if (value.deletedAt === null) this.byId.set(value.id, toRow(value));
          else this.byId.delete(value.id);
        }
        for (const key of change.deletes) this.byId.delete(key as string);
      }
      if (!touched || this.snapshot === null) return;
      if (this.stale) void this.reload();
      else this.publish();
    });
  }

  getSnapshot = (): IndexSnapshot | null => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Loads the index once; later calls return the same promise. */
  ensureLoaded(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  async reload(): Promise<void> {
    this.stale = false;
    const all = await this.db.conversations.toArray();
    this.byId = new Map();
    for (const c of all) if (c.deletedAt === null) this.byId.set(c.id, toRow(c));
    this.publish();
  }

  private publish(): void {
    const rows = [...this.byId.values()].sort(byTime);
    this.snapshot = { rows, version: (this.snapshot?.version ?? 0) + 1 };
    for (const listener of this.listeners) listener();
  }
}

/** Live snapshot of the index; `undefined` while it loads (show a skeleton). */
export function useIndexSnapshot(index: ConversationIndex): IndexSnapshot | undefined {
  useEffect(() => {
    void index.ensureLoaded();
  }, [index]);
  return useSyncExternalStore(index.subscribe, index.getSnapshot) ?? undefined;
}
