/**
 * The encryption middleware on a real IndexedDB (fake-indexeddb): every sealed field of every
 * table is sealed on disk (read raw by a second Dexie without the middleware), the app reads
 * its records back unchanged, the indexes still answer, a tampered record is reported by
 * table and id and not dropped, and a locked journal refuses reads of sealed records and writes.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, DB_NAME, TABLES, type TableName } from '../../../renderer/db/db';
import { cipherStateOf, JournalLockedError } from '../../../renderer/db/encryption';
import { createRecordCipher } from '../../../renderer/db/recordCipher';
import { SEALED_FIELDS, SEALED_KEY } from '../../../renderer/db/sealedFields';
import { createClient, listClients, updateClient } from '../../../renderer/db/clients';
import { randomBytes } from '../../../shared/crypto/bytes';
import { FIXTURE_V2, loadFixture } from '../backup/helpers';
import { resetDb } from './resetDb';

type Row = Record<string, unknown>;
const state = cipherStateOf(db);
const key = randomBytes(32);

/** The fixture journal with a unique marker in every sealed field of every record. */
function markedJournal(): Record<TableName, Row[]> {
  const { data } = loadFixture(FIXTURE_V2);
  const journal = structuredClone(data) as Record<TableName, Row[]>;
  for (const table of TABLES) {
    journal[table].forEach((record, i) => {
      for (const field of SEALED_FIELDS[table]) {
        const marker = `MARK-${table}-${field}-${i}`;
        if (field === 'tags') record.tags = [marker, `${marker}-second`];
        else if (field.startsWith('feedback.')) (record.feedback as Row)[field.slice(9)] = marker;
        else if (field.startsWith('plan[].')) {
          const plan = record.plan as Row[];
          if (plan.length === 0) plan.push({ id: `step-${i}`, text: '', owner: '', due: null, done: false });
          plan.forEach((step, s) => (step[field.slice(7)] = `${marker}-${s}`));
        } else record[field] = marker;
      }
    });
  }
  return journal;
}

/** The same database, read without the middleware: what is on disk. */
async function readRaw(): Promise<Record<TableName, Row[]>> {
  const raw = new Dexie(DB_NAME);
  raw.version(3).stores({
    clients: 'id, name',
    conversations: 'id, at, [clientId+at]',
    disputes: 'id, clientId, status, *conversationIds',
    decisions: 'id, clientId, conversationId, disputeId, due',
  });
  await raw.open();
  try {
    const out = {} as Record<TableName, Row[]>;
    for (const table of TABLES) out[table] = await raw.table<Row>(table).toArray();
    return out;
  } finally {
    raw.close();
  }
}

async function writeRaw(table: TableName, record: Row): Promise<void> {
  const raw = new Dexie(DB_NAME);
  raw.version(3).stores({
    clients: 'id, name',
    conversations: 'id, at, [clientId+at]',
    disputes: 'id, clientId, status, *conversationIds',
    decisions: 'id, clientId, conversationId, disputeId, due',
  });
  await raw.open();
  await raw.table(table).put(record);
  raw.close();
}

async function putAll(journal: Record<TableName, Row[]>): Promise<void> {
  await db.transaction('rw', [...TABLES], async () => {
    for (const table of TABLES) await db.table(table).bulkPut(journal[table]);
  });
}

function flip(sealed: string): string {
  const i = 20;
  return sealed.slice(0, i) + (sealed[i] === 'A' ? 'B' : 'A') + sealed.slice(i + 1);
}

describe('encryption middleware', () => {
  beforeEach(async () => {
    state.setRequired(false);
    state.setCipher(null);
    await resetDb();
    state.setCipher(createRecordCipher(key));
    state.setRequired(true);
  });
  afterEach(() => {
    state.setRequired(false);
    state.setCipher(null);
  });

  it('seals every text field of every table on disk and reads every record back unchanged', async () => {
    const journal = markedJournal();
    await putAll(journal);
    const raw = await readRaw();
    for (const table of TABLES) {
      expect(raw[table]).toHaveLength(journal[table].length);
      for (const record of raw[table]) {
        expect(record[SEALED_KEY], `${table}/${String(record.id)}`).toMatch(/^x1:/);
        expect(JSON.stringify(record)).not.toContain('MARK-');
      }
      // What stays in clear: ids, foreign keys, instants, outcome, channel, flags.
      for (const [i, record] of raw[table].entries()) {
        const original = journal[table].find((r) => r.id === record.id)!;
        expect(record.id).toBe(original.id);
        expect(record.createdAt).toBe(original.createdAt);
        expect(record.updatedAt).toBe(original.updatedAt);
        expect(record.deletedAt).toBe(original.deletedAt);
        if (table !== 'clients') expect(record.clientId, `${table} ${i}`).toBe(original.clientId);
      }
      expect(await db.table(table).toArray()).toEqual(expect.arrayContaining(journal[table]));
    }
    const conversation = raw.conversations[0]!;
    const plain = journal.conversations.find((c) => c.id === conversation.id)!;
    expect(conversation).toMatchObject({
      at: plain.at,
      outcome: plain.outcome,
      channel: plain.channel,
      direction: plain.direction,
      private: plain.private,
      summary: '',
      notes: '',
    });
    expect((conversation.feedback as Row).criteria).toEqual((plain.feedback as Row).criteria);
    expect(raw.clients.every((c) => c.name === '' && (c.tags as unknown[]).length === 0)).toBe(true);
    expect(raw.disputes[0]!.plan).toEqual(
      (journal.disputes[0]!.plan as Row[]).map((s) => ({ ...s, text: '', owner: '' })),
    );
  });

  it('answers queries by every index, and lists clients by name although the name index sees only blanks', async () => {
    const journal = markedJournal();
    await putAll(journal);
    const miller = '00000000-0000-4000-8000-000000000002';
    const byClient = await db.conversations.where('[clientId+at]').between([miller, ''], [miller, '\uffff']).toArray();
    expect(byClient.map((c) => c.summary)).toEqual(
      journal.conversations.filter((c) => c.clientId === miller).map((c) => c.summary),
    );
    expect(await db.conversations.where('at').above('').toArray()).toHaveLength(journal.conversations.length);
    const disputes = await db.disputes.where('status').equals('inCorrection').toArray();
    expect(disputes.map((d) => d.title)).toEqual(['MARK-disputes-title-0']);
    const linked = (journal.disputes[0]!.conversationIds as string[])[0]!;
    expect((await db.disputes.where('conversationIds').equals(linked).first())?.plan[0]?.text).toBe(
      'MARK-disputes-plan[].text-0-0',
    );
    const decision = journal.decisions[0]!;
    expect(
      (
        await db.decisions
          .where('clientId')
          .equals(decision.clientId as string)
          .toArray()
      ).map((d) => d.decision),
    ).toContain(decision.decision);
    expect(
      (
        await db.decisions
          .where('due')
          .equals(decision.due as string)
          .first()
      )?.promised,
    ).toBe(decision.promised);

    const names = (await listClients({ includeArchived: true })).map((c) => c.name);
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(journal.clients.filter((c) => c.deletedAt === null).length);
  });

  it('works through the repositories: create, update (Dexie modify), cursors', async () => {
    const client = await createClient({ name: 'Zoe Secret', organization: 'Hidden Org', tags: ['vip-list'] });
    await createClient({ name: 'Adam Secret' });
    await updateClient(client.id, { notes: 'Prefers mornings' });
    expect((await listClients()).map((c) => c.name)).toEqual(['Adam Secret', 'Zoe Secret']);
    const seen: string[] = [];
    await db.clients.each((c) => void seen.push(c.name));
    expect(seen.sort()).toEqual(['Adam Secret', 'Zoe Secret']);
    await db.clients.toCollection().modify((c) => void (c.role = `${c.name} role`));
    expect((await db.clients.get(client.id))?.role).toBe('Zoe Secret role');
    const raw = JSON.stringify(await readRaw());
    for (const text of ['Zoe', 'Adam', 'Secret', 'Hidden', 'vip-list', 'mornings']) expect(raw).not.toContain(text);
  });

  it('reads records written in clear before protection (a half-rewritten journal stays readable)', async () => {
    state.setRequired(false);
    state.setCipher(null);
    const plain = await createClient({ name: 'Written in clear' });
    state.setCipher(createRecordCipher(key));
    state.setRequired(true);
    const sealed = await createClient({ name: 'Written sealed' });
    expect((await db.clients.bulkGet([plain.id, sealed.id])).map((c) => c?.name)).toEqual([
      'Written in clear',
      'Written sealed',
    ]);
    const raw = await readRaw();
    expect(raw.clients.find((c) => c.id === plain.id)?.name).toBe('Written in clear');
    expect(raw.clients.find((c) => c.id === sealed.id)?.name).toBe('');
  });

  it('reports a tampered or moved record by table and id, and still returns it', async () => {
    const journal = markedJournal();
    await putAll(journal);
    const raw = await readRaw();
    const [first, second] = raw.clients;
    await writeRaw('clients', { ...first!, [SEALED_KEY]: flip(first![SEALED_KEY] as string) });
    // Another record's sealed texts do not open here: they are bound to their own record.
    const conversation = raw.conversations[0]!;
    await writeRaw('conversations', { ...raw.conversations[1]!, [SEALED_KEY]: conversation[SEALED_KEY] });

    const clients = await db.clients.toArray();
    expect(clients).toHaveLength(journal.clients.length);
    expect(clients.find((c) => c.id === first!.id)).toMatchObject({ id: first!.id, name: '', vip: first!.vip });
    expect(clients.find((c) => c.id === second!.id)?.name).toBe(journal.clients.find((c) => c.id === second!.id)?.name);
    expect(await db.conversations.count()).toBe(journal.conversations.length);
    await db.conversations.toArray();
    expect(state.damaged()).toEqual(
      expect.arrayContaining([
        { table: 'clients', id: first!.id },
        { table: 'conversations', id: raw.conversations[1]!.id },
      ]),
    );
    expect(state.damaged()).toHaveLength(2);
  });

  it('locked: refuses to read a sealed record and to write anything, never answers in clear or empty', async () => {
    const client = await createClient({ name: 'Locked away' });
    state.setCipher(null);
    expect(state.locked).toBe(true);
    await expect(db.clients.get(client.id)).rejects.toBeInstanceOf(JournalLockedError);
    await expect(db.clients.toArray()).rejects.toBeInstanceOf(JournalLockedError);
    await expect(createClient({ name: 'Typed while locked' })).rejects.toBeInstanceOf(JournalLockedError);
    // Keys need no key.
    expect(await db.clients.count()).toBe(1);
    state.setCipher(createRecordCipher(key));
    expect((await db.clients.get(client.id))?.name).toBe('Locked away');
  });

  it('a wrong key reads every record as damaged, never as another text', async () => {
    await createClient({ name: 'Only with the right key' });
    state.setCipher(createRecordCipher(randomBytes(32)));
    const [client] = await db.clients.toArray();
    expect(client?.name).toBe('');
    expect(state.damaged()).toEqual([{ table: 'clients', id: client!.id }]);
  });
});
