import { describe, expect, it } from 'vitest';
import { BackupError, parseBackup, type BackupProblem } from '../../../shared/backup/parse';
import { CURRENT_SCHEMA_VERSION, checksumOfData, checksumOfDataChunked, noPause } from '../../../shared/backup/format';
import { SCHEMA_MIGRATIONS } from '../../../shared/backup/migrations';
import { fixtureText, loadFixture, reseal } from './helpers';
import { createI18n } from '../../../shared/i18n/createI18n';
import { describeProblem } from '../../../renderer/features/backup/describeProblem';

async function problemOf(text: string, options?: Parameters<typeof parseBackup>[1]): Promise<BackupProblem> {
  try {
    await parseBackup(text, options);
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
  throw new Error('expected the backup to be rejected');
}

describe('parseBackup: a good file', () => {
  it('accepts the v1 fixture, whose checksum was computed by an independent script from the documented rule', async () => {
    const parsed = await parseBackup(fixtureText());
    expect(parsed.counts).toEqual({ clients: 4, conversations: 4, disputes: 1, decisions: 2 });
    expect(parsed.settings.targetRatio).toBe(10);
    expect(parsed.data.clients.map((c) => c.name)).toContain('Анна Петрова');
    // Tombstones are part of the backup.
    expect(parsed.data.clients.filter((c) => c.deletedAt !== null)).toHaveLength(1);
  });

  it('the chunked checksum (used for large files) equals the documented rule', async () => {
    const data = { ...loadFixture().data, zExtra: { note: 'not a table' } };
    expect(await checksumOfDataChunked(data, noPause, 1)).toBe(await checksumOfData(data));
  });

  it('keeps records exactly as written (no trimming by the schema)', async () => {
    const file = loadFixture();
    file.data.clients[0]!.name = '  Анна Петрова  ';
    const parsed = await parseBackup(await reseal(file));
    expect(parsed.data.clients[0]!.name).toBe('  Анна Петрова  ');
  });
});

describe('parseBackup: bad input is rejected with a precise message', () => {
  it('not JSON at all', async () => {
    const problem = await problemOf('Name,Organization\nAnna,North Wind\n');
    expect(problem.code).toBe('notJson');
  });

  it('an empty file', async () => {
    expect((await problemOf('   \n')).code).toBe('empty');
  });

  it('a truncated file', async () => {
    const text = fixtureText();
    const problem = await problemOf(text.slice(0, Math.floor(text.length * 0.6)));
    expect(problem.code).toBe('truncated');
    expect(new BackupError(problem).message).toMatch(/incomplete/);
  });

  it('JSON that is not a backup', async () => {
    expect((await problemOf('{"clients": []}')).code).toBe('notBackup');
    expect((await problemOf('[1,2,3]')).code).toBe('notBackup');
  });

  it('a future format version', async () => {
    const file = loadFixture();
    file.formatVersion = 2;
    const problem = await problemOf(await reseal(file));
    expect(problem).toEqual({ code: 'futureFormat', formatVersion: 2 });
    expect(new BackupError(problem).message).toMatch(/newer version of Rapport/);
  });

  it('a future schema version', async () => {
    const file = loadFixture();
    file.schemaVersion = 7;
    expect(await problemOf(await reseal(file))).toEqual({ code: 'futureSchema', schemaVersion: 7 });
  });

  it('a wrong checksum (data edited after the backup was made)', async () => {
    const file = loadFixture();
    file.data.conversations[0]!.summary = 'Edited by hand';
    const problem = await problemOf(JSON.stringify(file));
    expect(problem.code).toBe('checksumMismatch');
    expect(new BackupError(problem).message).toMatch(/checksum does not match/);
  });

  it('duplicate ids, naming the table, both records and the id', async () => {
    const file = loadFixture();
    file.data.conversations[2]!.id = file.data.conversations[0]!.id;
    const problem = await problemOf(await reseal(file));
    expect(problem).toEqual({
      code: 'duplicateId',
      table: 'conversations',
      index: 2,
      id: '00000000-0000-4000-8000-000000000101',
      firstIndex: 0,
    });
    expect(new BackupError(problem).message).toBe(
      'Table "conversations", record 3 (id 00000000-0000-4000-8000-000000000101): the id is used twice (also record 1).',
    );
  });

  it('one id in two tables, naming both tables, both records and the id', async () => {
    const file = loadFixture();
    file.data.conversations[1]!.id = file.data.clients[0]!.id;
    const problem = await problemOf(await reseal(file));
    expect(problem).toEqual({
      code: 'idInTwoTables',
      table: 'conversations',
      index: 1,
      id: file.data.clients[0]!.id,
      firstTable: 'clients',
      firstIndex: 0,
    });
    expect(new BackupError(problem).message).toBe(
      `Table "conversations", record 2 (id ${String(file.data.clients[0]!.id)}): the id is also used by table "clients", record 1; an id must be unique across the journal.`,
    );
    const en = createI18n('en').getFixedT('en', 'backup');
    expect(describeProblem(en, problem)).toBe(
      `In conversations, record 2 has the id ${String(file.data.clients[0]!.id)}, already used by record 1 in clients: an id must be unique across the whole journal.`,
    );
    const ru = createI18n('ru').getFixedT('ru', 'backup');
    expect(describeProblem(ru, problem)).toBe(
      `В разговорах у записи 2 id ${String(file.data.clients[0]!.id)}, тот же, что у записи 1 в клиентах: id должен быть уникален во всём журнале.`,
    );
  });

  it('a missing required field, naming table, record, id and field', async () => {
    const file = loadFixture();
    delete file.data.disputes[0]!.rootCause;
    const problem = await problemOf(await reseal(file));
    expect(problem).toEqual({
      code: 'invalidRecord',
      table: 'disputes',
      index: 0,
      id: '00000000-0000-4000-8000-000000000201',
      field: 'rootCause',
      issue: { kind: 'missing' },
    });
    expect(new BackupError(problem).message).toBe(
      'Table "disputes", record 1 (id 00000000-0000-4000-8000-000000000201): field "rootCause" is missing.',
    );
  });

  it('a wrong type deep inside a record', async () => {
    const file = loadFixture();
    const plan = file.data.disputes[0]!.plan as Record<string, unknown>[];
    plan[1]!.done = 'no';
    const problem = await problemOf(await reseal(file));
    expect(problem).toMatchObject({
      code: 'invalidRecord',
      table: 'disputes',
      field: 'plan[1].done',
      issue: { kind: 'type', expected: 'boolean' },
    });
  });

  it('a value outside the allowed set and a bad date', async () => {
    const file = loadFixture();
    file.data.conversations[1]!.outcome = 'happy';
    expect(await problemOf(await reseal(file))).toMatchObject({
      table: 'conversations',
      index: 1,
      field: 'outcome',
      issue: { kind: 'value' },
    });
    const other = loadFixture();
    other.data.decisions[0]!.due = '25.11.2026';
    expect(await problemOf(await reseal(other))).toMatchObject({
      table: 'decisions',
      field: 'due',
      issue: { kind: 'format' },
    });
  });

  it('an empty client name', async () => {
    const file = loadFixture();
    file.data.clients[1]!.name = '   ';
    expect(await problemOf(await reseal(file))).toMatchObject({
      table: 'clients',
      index: 1,
      field: 'name',
      issue: { kind: 'empty' },
    });
  });

  it('a record that is not an object', async () => {
    const file = loadFixture();
    (file.data.decisions as unknown[])[1] = 'oops';
    expect(await problemOf(await reseal(file))).toMatchObject({
      code: 'invalidRecord',
      table: 'decisions',
      index: 1,
      id: null,
    });
  });

  it('a missing table and counts that disagree with the header', async () => {
    const file = loadFixture();
    delete (file.data as Record<string, unknown>).decisions;
    expect(await problemOf(await reseal(file))).toEqual({ code: 'missingTable', table: 'decisions' });
    const other = loadFixture();
    const text = await reseal(other);
    const edited = JSON.parse(text);
    edited.counts.clients = 5;
    expect(await problemOf(JSON.stringify(edited))).toEqual({
      code: 'countMismatch',
      table: 'clients',
      expected: 5,
      actual: 4,
    });
  });

  it('damaged settings', async () => {
    const file = loadFixture();
    (file.settings as Record<string, unknown>).targetRatio = 0;
    expect(await problemOf(await reseal(file))).toMatchObject({ code: 'badSettings', field: 'targetRatio' });
  });
});

describe('schema migrations on restore', () => {
  it('a v1 backup restores with every decision history started from its status and updatedAt', async () => {
    const parsed = await parseBackup(fixtureText());
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.migratedFrom).toBe(1);
    expect(parsed.data.decisions.map((d) => d.statusHistory)).toEqual([
      [{ status: 'pending', at: '2026-11-18T14:05:00.000Z' }],
      [{ status: 'kept', at: '2026-11-20T09:30:00.000Z' }],
    ]);
  });

  // A made-up older shape used only to exercise the mechanism: Rapport has had one schema
  // so far. In this "v0", clients had `company` instead of `organization`.
  const testMigrations = [
    {
      from: 0,
      description: 'test only: clients.company → clients.organization',
      migrate: (data: Record<string, unknown[]>) => ({
        ...data,
        clients: data.clients!.map((raw) => {
          const { company, ...rest } = raw as Record<string, unknown>;
          return { ...rest, organization: company };
        }),
      }),
    },
  ];

  async function v0File(): Promise<string> {
    const file = loadFixture();
    file.schemaVersion = 0;
    for (const client of file.data.clients) {
      client.company = client.organization;
      delete client.organization;
    }
    return reseal(file);
  }

  it('migrates an older backup to the current schema before validating it', async () => {
    const parsed = await parseBackup(await v0File(), {
      currentSchemaVersion: CURRENT_SCHEMA_VERSION,
      migrations: [...testMigrations, ...SCHEMA_MIGRATIONS],
    });
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.data.clients[0]).toMatchObject({ name: 'Анна Петрова', organization: 'ООО «Северный ветер»' });
    expect(parsed.data.clients[0]).not.toHaveProperty('company');
  });

  it('refuses an older backup when a step is missing', async () => {
    expect(await problemOf(await v0File(), { currentSchemaVersion: 1, migrations: [] })).toEqual({
      code: 'noMigration',
      schemaVersion: 0,
    });
  });
});
