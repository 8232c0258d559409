/**
 * The global search index: MiniSearch over client names and organisations, conversation
 * summaries and notes, dispute titles, and decisions (what was decided and promised).
 *
 * Built lazily (on the first focus of the search box, or when the app is idle) in small
 * time slices, so even 50 000 conversations never freeze the UI, then kept current by the
 * change feed. Only the text fields are indexed and only what a result line shows is stored.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Client, Conversation, Decision, Dispute } from '../../shared/domain/types';
import { onCommittedChanges, type TableChange } from './changeFeed';
import { db, type RapportDb } from './db';
import { LiveStore, type LiveSource } from './liveStore';
import { yieldToUi } from './yieldToUi';

export const SEARCH_KINDS = ['client', 'conversation', 'dispute', 'decision'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const KIND_OF_TABLE: Record<string, SearchKind> = {
  clients: 'client',
  conversations: 'conversation',
  disputes: 'dispute',
  decisions: 'decision',
};
const TABLE_ORDER = ['clients', 'conversations', 'disputes', 'decisions'] as const;

/** What a result line needs; everything else is looked up when a result is opened. */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  /** Client name, conversation summary, dispute title, or the decision. */
  title: string;
  /** A client's organisation. */
  detail: string;
  /** The client a conversation, dispute or decision belongs to. */
  clientId: string | null;
  /** Conversation time, dispute opening date, decision date. */
  date: string | null;
  /** Indexed terms that matched (normalised), for highlighting. */
  terms: string[];
}

export type SearchGroups = Record<SearchKind, SearchHit[]>;

export interface SearchStatus {
  state: 'idle' | 'building' | 'ready';
  /** Records indexed so far while building. */
  indexed: number;
  /** Increments whenever results could change: re-run the current query. */
  version: number;
}

interface SearchDoc {
  /**
   * The index's own key, `kind:id`: ids are unique across the journal, but a backup from before
   * that rule (or a bug) must not let a client hide a conversation with the same id.
   */
  key: string;
  id: string;
  kind: SearchKind;
  title: string;
  body: string;
  /** Only clients have one; an undefined field is not stored at all. */
  detail?: string;
  clientId: string | null;
  date: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Unicode words (Cyrillic, Latin, digits); punctuation and quotes split words. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Case-insensitive, and ё matches е (Russians often type е for ё). */
export function normalizeTerm(term: string): string {
  return term.toLowerCase().replace(/ё/g, 'е');
}

/**
 * Words too common to find anything with ("the" is in most English summaries). Leaving them
 * out keeps the index smaller and keeps a query from scoring 20 000 conversations.
 */
const STOP_WORDS = new Set(
  (
    'a an the of with about for on in to and or by at from is are was were be been it its this that these those as ' +
    'we us our they their them he she his her you your i my not but so if than then there ' +
    'и в во на с со по за к ко о об от до из у не что как а но же ли бы мы нас нам они их это для при то так уже еще'
  ).split(' '),
);

/** Normalised term, or null for a stop word (both when indexing and when searching). */
export function indexTerm(term: string): string | null {
  const normal = normalizeTerm(term);
  return STOP_WORDS.has(normal) ? null : normal;
}

/** Queries shorter than this (letters and digits) match too much to be useful. */
export const MIN_QUERY_LENGTH = 2;

export function isSearchable(query: string): boolean {
  return tokenize(query).join('').length >= MIN_QUERY_LENGTH;
}

/** The index key of a record of a table (documents are keyed by kind and id). */
function keyOf(table: string, id: string): string {
  return `${table}:${id}`;
}

function toDoc(table: string, record: unknown): SearchDoc | null {
  const kind = KIND_OF_TABLE[table];
  if (!kind) return null;
  const r = record as { id: string; deletedAt: string | null };
  if (r.deletedAt !== null) return null;
  switch (kind) {
    case 'client': {
      const c = record as Client;
      return {
        key: keyOf(table, c.id),
        id: c.id,
        kind,
        title: c.name,
        body: c.organization,
        detail: c.organization,
        clientId: null,
        date: null,
      };
    }
    case 'conversation': {
      const c = record as Conversation;
      return {
        key: keyOf(table, c.id),
        id: c.id,
        kind,
        title: c.summary,
        body: c.notes,
        clientId: c.clientId,
        date: c.at,
      };
    }
    case 'dispute': {
      const d = record as Dispute;
      return {
        key: keyOf(table, d.id),
        id: d.id,
        kind,
        title: d.title,
        body: '',
        clientId: d.clientId,
        date: d.openedOn,
      };
    }
    case 'decision': {
      const d = record as Decision;
      return {
        key: keyOf(table, d.id),
        id: d.id,
        kind,
        title: d.decision,
        body: d.promised,
        clientId: d.clientId,
        date: d.decidedOn,
      };
    }
  }
}

function createMiniSearch(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['title', 'body'],
    storeFields: ['id', 'kind', 'title', 'detail', 'clientId', 'date'],
    tokenize,
    processTerm: indexTerm,
    searchOptions: {
      prefix: true,
      // Typo tolerance only for longer words: short prefixes would match half the index.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
      combineWith: 'AND',
      boost: { title: 2 },
    },
  });
}

/** Changes bigger than this (a sample load, a restore) are indexed in the background. */
const SYNC_LIMIT = 300;
/**
 * Records read from IndexedDB per page while building. Each page is unpacked on the main
 * thread in one go, so it stays small enough to leave frames for the UI.
 */
const PAGE = 500;
/** Longest stretch of indexing work before giving the UI a turn. */
const SLICE_MS = 12;

interface PendingChange {
  table: string;
  id: string;
  /** null: the record was deleted. */
  record: unknown;
}

export class SearchIndex implements LiveSource<SearchStatus> {
  private mini = createMiniSearch();
  /** The status is the live snapshot: its version moves whenever results could change. */
  private readonly status = new LiveStore<SearchStatus>({ state: 'idle', indexed: 0, version: 0 });
  /** Bumped on every reset, so an outdated build stops. */
  private generation = 0;
  private building: Promise<void> | null = null;
  /** Big change batches waiting to be indexed in slices, latest version per key (table and id). */
  private backlog = new Map<string, PendingChange | null>();
  private draining: Promise<void> | null = null;
  private readonly clientNames = new Map<string, string>();
  private readonly unsubscribe: () => void;

  constructor(private readonly db: RapportDb) {
    this.unsubscribe = onCommittedChanges(db, (changes) => this.onChanges(changes));
  }

  /** Stops following the change feed and any build or backlog in progress; drops the listeners. */
  dispose(): void {
    this.unsubscribe();
    this.generation++;
    this.backlog.clear();
    this.status.dispose();
  }

  getStatus = (): SearchStatus => this.status.getSnapshot();

  getSnapshot = this.getStatus;

  subscribe = (listener: () => void): (() => void) => this.status.subscribe(listener);

  /** Starts building (once); resolves when the index holds every record. */
  ensureBuilt(): Promise<void> {
    this.building ??= this.build(this.generation);
    return this.building;
  }

  /** Resolves once the index is built and no background changes are waiting. */
  async whenCurrent(): Promise<void> {
    for (;;) {
      // A reset (table cleared) replaces the build, so look again after each wait.
      await this.ensureBuilt();
      if (this.draining) await this.draining;
      else if (this.getStatus().state === 'ready') return;
    }
  }

  clientName(id: string | null): string {
    return id ? (this.clientNames.get(id) ?? '') : '';
  }

  /** Results grouped by kind, best first, at most `perGroup` in each. Empty while not built. */
  search(query: string, perGroup = 8): SearchGroups {
    const groups: SearchGroups = { client: [], conversation: [], dispute: [], decision: [] };
    if (!isSearchable(query) || this.getStatus().state === 'idle') return groups;
    const results = this.mini.search(query);
    let full = 0;
    for (const result of results) {
      const hit = toHit(result);
      const group = groups[hit.kind];
      if (group.length >= perGroup) continue;
      group.push(hit);
      if (group.length === perGroup && ++full === SEARCH_KINDS.length) break;
    }
    return groups;
  }

  get documentCount(): number {
    return this.mini.documentCount;
  }

  private setStatus(patch: Partial<Omit<SearchStatus, 'version'>>): void {
    this.status.publish((version) => ({ ...this.getStatus(), ...patch, version }));
  }

  private async build(generation: number): Promise<void> {
    this.setStatus({ state: 'building', indexed: 0 });
    let sliceStart = performance.now();
    let indexed = 0;
    for (const table of TABLE_ORDER) {
      let after: string | null = null;
      for (;;) {
        const collection =
          after === null ? this.db.table(table).toCollection() : this.db.table(table).where(':id').above(after);
        const page = (await collection.limit(PAGE).toArray()) as { id: string }[];
        if (generation !== this.generation) return;
        const last = page[page.length - 1];
        if (!last) break;
        after = last.id;
        for (const record of page) {
          // A change that arrived while building is newer than this page: keep it.
          const key = keyOf(table, record.id);
          if (!this.mini.has(key) && !this.backlog.has(key)) this.apply(table, record);
          indexed++;
          if (performance.now() - sliceStart > SLICE_MS) {
            // Progress only: shown the next time the box renders, not worth a re-render per slice.
            this.status.amend((status) => ({ ...status, indexed }));
            await yieldToUi();
            if (generation !== this.generation) return;
            sliceStart = performance.now();
          }
        }
        if (page.length < PAGE) break;
      }
    }
    this.setStatus({ state: 'ready', indexed });
  }

  /** Adds, replaces or removes one record (tombstoned records leave the index). */
  private apply(table: string, record: unknown): void {
    const doc = toDoc(table, record);
    const id = (record as { id: string }).id;
    const key = keyOf(table, id);
    if (table === 'clients') {
      if (doc) this.clientNames.set(id, doc.title);
      else this.clientNames.delete(id);
    }
    if (this.mini.has(key)) {
      if (doc) this.mini.replace(doc);
      else this.mini.discard(key);
    } else if (doc) {
      this.mini.add(doc);
    }
  }

  private remove(table: string, id: string): void {
    if (table === 'clients') this.clientNames.delete(id);
    const key = keyOf(table, id);
    if (this.mini.has(key)) this.mini.discard(key);
  }

  private onChanges(changes: TableChange[]): void {
    const relevant = changes.filter((c) => c.table in KIND_OF_TABLE);
    if (!relevant.length || this.getStatus().state === 'idle') return;
    if (relevant.some((c) => c.cleared)) {
      this.reset();
      return;
    }
    const size = relevant.reduce((n, c) => n + c.upserts.length + c.deletes.length, 0);
    if (size <= SYNC_LIMIT && this.backlog.size === 0) {
      for (const change of relevant) {
        for (const record of change.upserts) this.apply(change.table, record);
        for (const key of change.deletes) this.remove(change.table, key);
      }
      this.setStatus({});
      return;
    }
    for (const change of relevant) {
      for (const record of change.upserts) {
        this.backlog.set(keyOf(change.table, record.id), { table: change.table, id: record.id, record });
      }
      for (const id of change.deletes)
        this.backlog.set(keyOf(change.table, id), { table: change.table, id, record: null });
    }
    this.draining ??= this.drain(this.generation).finally(() => {
      this.draining = null;
    });
  }

  private async drain(generation: number): Promise<void> {
    let sliceStart = performance.now();
    while (this.backlog.size > 0) {
      for (const [key, change] of this.backlog) {
        this.backlog.delete(key);
        if (change?.record) this.apply(change.table, change.record);
        else if (change) this.remove(change.table, change.id);
        if (performance.now() - sliceStart > SLICE_MS) break;
      }
      this.setStatus({});
      await yieldToUi();
      if (generation !== this.generation) return;
      sliceStart = performance.now();
    }
  }

  /** A table was cleared (restore, benchmark): start over from IndexedDB. */
  private reset(): void {
    this.generation++;
    this.mini = createMiniSearch();
    this.backlog.clear();
    this.clientNames.clear();
    this.building = this.build(this.generation);
  }
}

function toHit(result: SearchResult): SearchHit {
  return {
    id: result.id as string,
    kind: result.kind as SearchKind,
    title: result.title as string,
    detail: (result.detail as string | undefined) ?? '',
    clientId: (result.clientId as string | null) ?? null,
    date: (result.date as string | null) ?? null,
    terms: result.terms,
  };
}

/** The app's search index over the app database. */
export const searchIndex = new SearchIndex(db);
