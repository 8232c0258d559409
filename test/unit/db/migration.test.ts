/**
 * Schema evolution: a journal written by schema version 1 must open with the current code
 * and keep every record with its meaning. Rule: each new Dexie version adds a fixture
 * test/fixtures/db-vN.json of the previous version and a test like this one
 * (docs/backup-format.md, "Schema evolution").
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, SCHEMA_VERSION } from '../../../renderer/db/db';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/backup/format';
import { clientSchema, conversationSchema, decisionSchema, disputeSchema } from '../../../shared/domain/schemas';
import { checkBackup } from '../../../renderer/db/backup';
import { FIXTURE_V2, loadFixture } from '../backup/helpers';
import { readFileSync } from 'node:fs';

const NAME = 'rapport-migration-v1';
const TABLES = ['clients', 'conversations', 'disputes', 'decisions'] as const;

/** Schema version 1 exactly as released (a copy: later edits to db.ts must not change it). */
function openV1(): Dexie {
  const v1 = new Dexie(NAME);
  v1.version(1).stores({
    clients: 'id, name, organization, email, lastContactAt, updatedAt',
    conversations: 'id, at, clientId, [clientId+at], outcome, updatedAt',
    disputes: 'id, clientId, status, openedOn, *conversationIds, updatedAt',
    decisions: 'id, clientId, conversationId, disputeId, status, due, updatedAt',
  });
  return v1;
}

/** Schema version 2 exactly as released: v1's stores, decisions with their history. */
function openV2(): Dexie {
  const v2 = openV1();
  v2.version(2).stores({});
  return v2;
}

/** What the decision-history upgrade makes of the v1 decisions: a history from status and updatedAt. */
function withHistory(fixture: ReturnType<typeof loadFixture>) {
  return fixture.data.decisions.map((d) => ({ ...d, statusHistory: [{ status: d.status, at: d.updatedAt }] }));
}

describe('schema evolution', () => {
  afterEach(async () => {
    await Dexie.delete(NAME);
  });

  it('backups and the database agree on the current schema version', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
  });

  it('a v1 journal opens with the current code and every record keeps its meaning', async () => {
    const fixture = loadFixture();
    const v1 = openV1();
    await v1.open();
    await v1.transaction('rw', [...TABLES], async () => {
      for (const table of TABLES) await v1.table(table).bulkAdd(fixture.data[table]!);
    });
    v1.close();

    const current = openDb(NAME);
    await current.open();
    try {
      expect(current.verno).toBe(SCHEMA_VERSION);
      for (const table of TABLES) {
        const rows = await current.table(table).toArray();
        // Every record survived, field for field (decisions gain their status history)...
        expect(rows).toEqual(
          expect.arrayContaining(table === 'decisions' ? withHistory(fixture) : fixture.data[table]!),
        );
        expect(rows).toHaveLength(fixture.data[table]!.length);
      }
      // ...is valid under today's schemas...
      for (const c of await current.clients.toArray()) clientSchema.parse(c);
      for (const c of await current.conversations.toArray()) conversationSchema.parse(c);
      for (const d of await current.disputes.toArray()) disputeSchema.parse(d);
      for (const d of await current.decisions.toArray()) decisionSchema.parse(d);
      // ...and the indexes the app queries still find it with the same meaning.
      const miller = '00000000-0000-4000-8000-000000000002';
      const complaints = await current.conversations
        .where('[clientId+at]')
        .between([miller, ''], [miller, '\uffff'])
        .toArray();
      expect(complaints.map((c) => c.outcome)).toEqual(['complaint']);
      const openDisputes = await current.disputes.where('status').equals('inCorrection').toArray();
      expect(openDisputes.map((d) => d.title)).toEqual(['Late shipment and wrong invoice']);
      expect(
        await current.disputes.where('conversationIds').equals('00000000-0000-4000-8000-000000000101').count(),
      ).toBe(1);
      const tombstoned = await current.clients.filter((c) => c.deletedAt !== null).toArray();
      expect(tombstoned.map((c) => c.name)).toEqual(['Deleted Prospect']);
      // The decision kept before the upgrade reads "Kept on 20 Nov", not "kept today".
      const kept = await current.decisions.get('00000000-0000-4000-8000-000000000402');
      expect(kept!.statusHistory).toEqual([{ status: 'kept', at: '2026-11-20T09:30:00.000Z' }]);
      const privateNotes = await current.conversations.filter((c) => c.private).toArray();
      expect(privateNotes.map((c) => c.notes)).toEqual(['Личное: дочь поступила в университет.']);
    } finally {
      current.close();
    }
  });

  it('a v2 journal opens in v3 with every record, the unused indexes dropped and the queried ones working', async () => {
    const fixture = loadFixture(FIXTURE_V2);
    const v2 = openV2();
    await v2.open();
    await v2.transaction('rw', [...TABLES], async () => {
      for (const table of TABLES) await v2.table(table).bulkAdd(fixture.data[table]!);
    });
    v2.close();

    const current = openDb(NAME);
    await current.open();
    try {
      expect(current.verno).toBe(3);
      for (const table of TABLES) {
        const rows = await current.table(table).toArray();
        expect(rows).toEqual(expect.arrayContaining(fixture.data[table]!));
        expect(rows).toHaveLength(fixture.data[table]!.length);
      }
      const indexes = (table: string) =>
        current
          .table(table)
          .schema.indexes.map((i) => i.name)
          .sort();
      expect(indexes('clients')).toEqual(['name']);
      expect(indexes('conversations')).toEqual(['[clientId+at]', 'at']);
      expect(indexes('disputes')).toEqual(['clientId', 'conversationIds', 'status']);
      expect(indexes('decisions')).toEqual(['clientId', 'conversationId', 'disputeId', 'due']);
      const miller = '00000000-0000-4000-8000-000000000002';
      const millers = await current.conversations
        .where('[clientId+at]')
        .between([miller, ''], [miller, '\uffff'])
        .toArray();
      expect(millers.map((c) => c.outcome)).toEqual(['complaint']);
      expect((await current.clients.orderBy('name').first())?.name).toBeDefined();
      expect(
        await current.decisions
          .where('clientId')
          .anyOf(fixture.data.clients.map((c) => c.id as string))
          .count(),
      ).toBe(fixture.data.decisions.length);
    } finally {
      current.close();
    }
  });

  it('a v2 backup restores as v3 unchanged', async () => {
    const text = readFileSync(FIXTURE_V2, 'utf8');
    const parsed = await checkBackup(text);
    expect(parsed.migratedFrom).toBe(2);
    expect(parsed.data).toEqual(loadFixture(FIXTURE_V2).data);
  });
});
