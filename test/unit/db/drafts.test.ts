/**
 * The draft of a new conversation (renderer/db/drafts.ts): kept in IndexedDB with strict
 * durability, checked with zod on every read, an invalid one set aside (kept, reported), a
 * localStorage draft of an older version moved in once, writes at most 300 ms behind.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DRAFT_DEBOUNCE_MS,
  DraftSaver,
  LEGACY_DRAFT_KEY,
  clearConversationDraft,
  listSetAsideDrafts,
  migrateLegacyDraft,
  openDraftsDb,
  readConversationDraft,
  writeConversationDraft,
  type DraftsDb,
  type LegacyStorage,
} from '../../../renderer/db/drafts';
import type { ConversationDraftForm } from '../../../shared/domain/drafts';

const NAME = 'rapport-drafts-test';

function form(patch: Partial<ConversationDraftForm> = {}): ConversationDraftForm {
  return {
    clientQuery: 'Anna',
    client: { kind: 'new', name: 'Anna' },
    when: '2026-12-01T10:30',
    channel: 'call',
    direction: 'inbound',
    outcome: null,
    summary: 'Renewal terms',
    notes: 'Every word counts',
    private: false,
    feedback: { whyStay: '', likes: '', dislikes: '', incognito: false, criteria: {} },
    decisions: [],
    ...patch,
  };
}

/** A localStorage stand-in holding what an older version left. */
function storageWith(value: string | null): LegacyStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  if (value !== null) items.set(LEGACY_DRAFT_KEY, value);
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const noStorage = storageWith(null);

let db: DraftsDb;

beforeEach(async () => {
  db = openDraftsDb(NAME);
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(NAME);
});

describe('conversation draft', () => {
  it('is written and read back, field for field, and cleared', async () => {
    expect(await readConversationDraft(db, noStorage)).toEqual({ kind: 'none' });
    await writeConversationDraft(form(), db);
    const read = await readConversationDraft(db, noStorage);
    expect(read.kind).toBe('draft');
    if (read.kind !== 'draft') return;
    expect(read.draft.form).toEqual(form());
    expect(Date.parse(read.draft.savedAt)).not.toBeNaN();
    await clearConversationDraft(db);
    expect(await readConversationDraft(db, noStorage)).toEqual({ kind: 'none' });
  });

  it('writes with strict durability: done means on disk', async () => {
    // Dexie binds the connection's transaction() when it opens: spy first, then reopen.
    db.close();
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await db.open();
    await writeConversationDraft(form(), db);
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThan(0);
    for (const [, , options] of writes) expect(options).toMatchObject({ durability: 'strict' });
  });

  it('sets an invalid draft aside with its text, keeps it, and never throws', async () => {
    const broken = { form: { summary: 42, notes: 'the words we must not lose' }, savedAt: 'yesterday' };
    await db.drafts.put({ id: 'conversation', draft: broken });
    const read = await readConversationDraft(db, noStorage);
    expect(read.kind).toBe('setAside');
    if (read.kind !== 'setAside') return;
    expect(read.text).toContain('the words we must not lose');
    // Kept, with what was wrong, and no longer offered as the draft.
    const kept = await listSetAsideDrafts(db);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ id: 'conversation', draft: broken });
    expect(kept[0]!.reason).toMatch(/summary/);
    expect(await readConversationDraft(db, noStorage)).toEqual({ kind: 'none' });
  });

  it('reads a draft written before decisions were part of the form', async () => {
    const { decisions: _, ...old } = form();
    await db.drafts.put({ id: 'conversation', draft: { form: old, savedAt: '2026-12-01T10:31:00.000Z' } });
    const read = await readConversationDraft(db, noStorage);
    expect(read.kind === 'draft' && read.draft.form.decisions).toEqual([]);
  });
});

describe('the localStorage draft of an older version', () => {
  it('moves into the database once and leaves localStorage', async () => {
    const legacy = { form: form({ summary: 'typed in an older version' }), savedAt: '2026-11-30T09:00:00.000Z' };
    const storage = storageWith(JSON.stringify(legacy));
    const read = await readConversationDraft(db, storage);
    expect(read).toEqual({ kind: 'draft', draft: legacy });
    expect(storage.items.has(LEGACY_DRAFT_KEY)).toBe(false);
    // Once: a later read finds it in the database, and nothing new in localStorage.
    expect(await readConversationDraft(db, storage)).toEqual({ kind: 'draft', draft: legacy });
  });

  it('is set aside, not lost, when it does not pass validation', async () => {
    const storage = storageWith('{"form": {"summary": "half a wo');
    const read = await readConversationDraft(db, storage);
    expect(read.kind).toBe('setAside');
    expect(read.kind === 'setAside' && read.text).toContain('half a wo');
    expect(await listSetAsideDrafts(db)).toHaveLength(1);
    expect(storage.items.has(LEGACY_DRAFT_KEY)).toBe(false);
  });

  it('does not overwrite a newer draft in the database: the older one is kept aside', async () => {
    await writeConversationDraft(form({ summary: 'newer' }), db);
    const legacy = { form: form({ summary: 'older' }), savedAt: '2026-11-30T09:00:00.000Z' };
    await migrateLegacyDraft(db, storageWith(JSON.stringify(legacy)));
    const read = await readConversationDraft(db, noStorage);
    expect(read.kind === 'draft' && read.draft.form.summary).toBe('newer');
    const kept = await listSetAsideDrafts(db);
    expect(kept.map((k) => k.draft)).toEqual([legacy]);
  });
});

describe('DraftSaver', () => {
  const stored = async () => {
    const read = await readConversationDraft(db, noStorage);
    return read.kind === 'draft' ? read.draft.form.summary : null;
  };

  it('writes the latest form at most the debounce delay after the first change', async () => {
    expect(DRAFT_DEBOUNCE_MS).toBeLessThanOrEqual(300);
    const saver = new DraftSaver(db, 40, noStorage);
    saver.schedule(form({ summary: 'R' }));
    saver.schedule(form({ summary: 'Re' }));
    saver.schedule(form({ summary: 'Ren' }));
    expect(await stored()).toBeNull();
    await vi.waitFor(async () => expect(await stored()).toBe('Ren'), { timeout: 2_000, interval: 10 });
  });

  it('keeps writing while typing goes on without a pause', async () => {
    const saver = new DraftSaver(db, 40, noStorage);
    const started = Date.now();
    let text = '';
    // Keystrokes every 10 ms for 200 ms: a pure debounce would write nothing until they stop.
    while (Date.now() - started < 200) {
      text += 'a';
      saver.schedule(form({ summary: text }));
      await new Promise((resolve) => setTimeout(resolve, 10));
      if ((await stored()) !== null) break;
    }
    expect(await stored()).not.toBeNull();
  });

  it('a clear cancels a pending write and is never overtaken by an older one', async () => {
    const saver = new DraftSaver(db, 20, noStorage);
    saver.schedule(form({ summary: 'typed' }));
    await saver.flush();
    expect(await stored()).toBe('typed');
    saver.schedule(form({ summary: 'typed more' }));
    await saver.clear();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await stored()).toBeNull();
  });

  it('leaves what is pending in localStorage when the page unloads, until IndexedDB has it', async () => {
    const storage = storageWith(null);
    const saver = new DraftSaver(db, 10_000, storage);
    saver.schedule(form({ summary: 'written, and the last words' }));
    // A reload: the IndexedDB write may never finish; the localStorage copy is there at once.
    saver.flushOnUnload();
    expect(JSON.parse(storage.items.get(LEGACY_DRAFT_KEY)!)).toMatchObject({
      form: { summary: 'written, and the last words' },
    });
    // The page lived on: the write finished, and the copy is gone.
    await saver.flush();
    expect(storage.items.has(LEGACY_DRAFT_KEY)).toBe(false);
    expect(await stored()).toBe('written, and the last words');
  });

  it('the next read takes the unload-time copy when it is newer than the database’s draft', async () => {
    await db.drafts.put({
      id: 'conversation',
      draft: { form: form({ summary: 'written' }), savedAt: '2026-12-01T10:00:00.000Z' },
    });
    const copy = { form: form({ summary: 'written, and the last words' }), savedAt: '2026-12-01T10:00:00.250Z' };
    const storage = storageWith(JSON.stringify(copy));
    expect(await readConversationDraft(db, storage)).toEqual({ kind: 'draft', draft: copy });
    // Same draft, newer: nothing to set aside.
    expect(await listSetAsideDrafts(db)).toEqual([]);
    expect(storage.items.has(LEGACY_DRAFT_KEY)).toBe(false);
  });

  it('a later write or clear removes the unload-time copy, so a discarded draft never comes back', async () => {
    const storage = storageWith(null);
    const saver = new DraftSaver(db, 10_000, storage);
    saver.schedule(form({ summary: 'about to be discarded' }));
    saver.flushOnUnload();
    expect(storage.items.has(LEGACY_DRAFT_KEY)).toBe(true);
    await saver.clear();
    expect(storage.items.has(LEGACY_DRAFT_KEY)).toBe(false);
    expect(await readConversationDraft(db, storage)).toEqual({ kind: 'none' });
  });
});
