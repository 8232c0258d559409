import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/import/decode';
import { parseCsv } from '../../../shared/import/csv';
import { guessMapping } from '../../../shared/import/mapping';
import { mergeFields, planImport, resolveImport, type ExistingClient } from '../../../shared/import/plan';
import { db } from '../../../renderer/db/db';
import { createClient } from '../../../renderer/db/clients';
import { applyClientImport, loadClientsForImport, undoClientImport } from '../../../renderer/db/importClients';
import { resetDb } from '../db/resetDb';

const anna: ExistingClient = {
  id: 'a',
  name: 'анна петрова',
  organization: 'ООО «Северный ветер»',
  role: '',
  phone: '',
  email: '',
  tags: ['VIP-list'],
  vip: false,
};

function russianPlan(existing: ExistingClient[] = [anna]) {
  const table = parseCsv(decodeText(new Uint8Array(readFileSync('test/fixtures/import-clients-1251.csv'))).text);
  return planImport(table, guessMapping(table.headers).mapping, existing);
}

describe('import plan', () => {
  it('reports invalid rows with their line numbers and reasons', () => {
    const plan = russianPlan();
    expect(plan.invalid).toEqual([
      { line: 4, problems: [{ field: 'name', code: 'missing' }], name: '' },
      {
        line: 5,
        problems: [{ field: 'email', code: 'invalidEmail', value: 'olga(at)alfa.ru' }],
        name: 'Ольга Сидорова',
      },
    ]);
    expect(plan.rows.map((r) => r.line)).toEqual([2, 3, 6, 7]);
  });

  it('flags a duplicate of an existing client by name and organization, case-insensitively', () => {
    const plan = russianPlan();
    expect(plan.rows[0]!.duplicate).toEqual({
      kind: 'existing',
      clientId: 'a',
      name: 'анна петрова',
      organization: 'ООО «Северный ветер»',
      by: 'nameOrganization',
    });
    expect(plan.rows.slice(1).every((r) => r.duplicate === null)).toBe(true);
  });

  it('flags a duplicate by email, and a repeated row of the same file', () => {
    const table = parseCsv('Name,Company,Email\nJ. Miller,Other,JOHN@m.test\nKim,,\nkim, ,\n');
    const plan = planImport(table, guessMapping(table.headers).mapping, [
      { ...anna, id: 'j', name: 'John Miller', organization: 'Miller', email: 'john@m.test' },
    ]);
    expect(plan.rows[0]!.duplicate).toMatchObject({ kind: 'existing', clientId: 'j', by: 'email' });
    expect(plan.rows[2]!.duplicate).toMatchObject({ kind: 'file', line: 3, by: 'nameOrganization' });
  });

  it('parses VIP and tags in English and Russian', () => {
    const plan = russianPlan([]);
    expect(plan.rows[0]!.candidate).toMatchObject({ vip: true, tags: ['ключевой', 'логистика'] });
    expect(plan.rows[1]!.candidate.vip).toBe(false);
    const bad = planImport(parseCsv('Name,VIP\nAnna,maybe\n'), ['name', 'vip'], []);
    expect(bad.invalid[0]!.problems).toEqual([{ field: 'vip', code: 'invalidVip', value: 'maybe' }]);
  });

  it('Skip leaves the duplicate out; Merge fills empty fields and unions tags', () => {
    const plan = russianPlan();
    expect(resolveImport(plan, () => 'skip')).toMatchObject({ skipped: 1, merged: 0, merges: [] });
    const merged = resolveImport(plan, () => 'merge');
    expect(merged.creates.map((c) => c.name)).toEqual([
      'Пётр Иванов',
      '=HYPERLINK("http://evil";"Жми")',
      'Мария Кузнецова',
    ]);
    expect(merged.merges).toHaveLength(1);
    expect(merged.merges[0]!.clientId).toBe('a');
  });
});

describe('writing an import', () => {
  beforeEach(resetDb);

  it('creates and merges in one go, and Undo puts everything back', async () => {
    const existing = await createClient({
      name: 'Анна Петрова',
      organization: 'ООО «Северный ветер»',
      tags: ['старый'],
    });
    const plan = russianPlan(await loadClientsForImport());
    const outcome = await applyClientImport(resolveImport(plan, () => 'merge'));
    expect(outcome.createdIds).toHaveLength(3);
    const merged = await db.clients.get(existing.id);
    expect(merged).toMatchObject({
      name: 'Анна Петрова',
      email: 'anna@sevveter.ru',
      role: 'Генеральный директор',
      tags: ['старый', 'ключевой', 'логистика'],
      vip: true,
    });
    const formula = (await db.clients.toArray()).find((c) => c.organization === 'Формула');
    expect(formula?.name).toBe('=HYPERLINK("http://evil";"Жми")');

    await undoClientImport(outcome);
    expect(await db.clients.get(existing.id)).toEqual(existing);
    expect((await db.clients.toArray()).filter((c) => c.deletedAt === null)).toHaveLength(1);
  });

  it('is all or nothing: a failure half-way writes no client at all', async () => {
    await createClient({ name: 'Existing' });
    const before = await db.clients.toArray();
    const resolved = resolveImport(russianPlan([]), () => 'skip');
    expect(resolved.creates.length).toBeGreaterThan(2);
    // The third new client fails to be written (as a full disk would) after two were added.
    let seen = 0;
    const failThird = () => {
      if (++seen === 3) throw new Error('QuotaExceededError');
    };
    db.clients.hook('creating', failThird);
    try {
      await expect(applyClientImport(resolved)).rejects.toThrow('QuotaExceededError');
    } finally {
      db.clients.hook('creating').unsubscribe(failThird);
    }
    expect(seen).toBe(3);
    expect(await db.clients.toArray()).toEqual(before);
  });
});

describe('notes on merge', () => {
  it('a merged row adds its notes below the client’s own, once', () => {
    const base = { organization: '', role: '', phone: '', email: '', tags: [], vip: false };
    expect(mergeFields({ ...base, notes: 'Own note' }, { ...base, notes: 'Phone: +7 900' }).notes).toBe(
      'Own note\n\nPhone: +7 900',
    );
    expect(
      mergeFields({ ...base, notes: 'Own note\n\nPhone: +7 900' }, { ...base, notes: 'Phone: +7 900' }).notes,
    ).toBe('Own note\n\nPhone: +7 900');
    expect(mergeFields({ ...base, notes: '' }, { ...base, notes: 'Email: b@y.ru' }).notes).toBe('Email: b@y.ru');
  });
});
