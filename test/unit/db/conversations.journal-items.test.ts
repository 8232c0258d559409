/** The journal's in-memory list: day groups, newest first, filters, local-day boundaries. */
import { describe, expect, it } from 'vitest';
import { buildJournalItems, NO_FILTERS } from '../../../renderer/features/journal/journalItems';
import type { ConversationRow } from '../../../renderer/db/conversationIndex';
import { searchClients, findClientByExactName } from '../../../renderer/common/clientSearch';
import { buildClient } from '../../../renderer/db/clients';

function row(id: string, local: string, extra: Partial<ConversationRow> = {}): ConversationRow {
  // `local` is local wall-clock time, so day grouping is tested in the runner's time zone.
  const atMs = new Date(local).getTime();
  return {
    id,
    clientId: 'a',
    at: new Date(atMs).toISOString(),
    atMs,
    outcome: 'satisfied',
    channel: 'call',
    private: false,
    criteria: {},
    ...extra,
  };
}

const rows = [
  row('1', '2026-11-20T23:59'),
  row('2', '2026-11-21T00:00', { outcome: 'complaint', clientId: 'b' }),
  row('3', '2026-11-21T09:00', { channel: 'email' }),
  row('4', '2026-11-23T08:00', { clientId: 'b' }),
];

function shape(items: ReturnType<typeof buildJournalItems>): string[] {
  return items.map((i) => (i.kind === 'day' ? `${i.day}(${i.count})` : i.row.id));
}

describe('journal items', () => {
  it('groups by local day, newest first, with counts', () => {
    expect(shape(buildJournalItems(rows, NO_FILTERS))).toEqual([
      '2026-11-23(1)',
      '4',
      '2026-11-21(2)',
      '3',
      '2',
      '2026-11-20(1)',
      '1',
    ]);
  });

  it('filters by client, outcome and channel', () => {
    expect(shape(buildJournalItems(rows, { ...NO_FILTERS, clientId: 'b' }))).toEqual([
      '2026-11-23(1)',
      '4',
      '2026-11-21(1)',
      '2',
    ]);
    expect(shape(buildJournalItems(rows, { ...NO_FILTERS, outcome: 'complaint' }))).toEqual(['2026-11-21(1)', '2']);
    expect(shape(buildJournalItems(rows, { ...NO_FILTERS, channel: 'email' }))).toEqual(['2026-11-21(1)', '3']);
  });

  it('treats the date range as whole local days, both ends included', () => {
    expect(shape(buildJournalItems(rows, { ...NO_FILTERS, from: '2026-11-21', to: '2026-11-21' }))).toEqual([
      '2026-11-21(2)',
      '3',
      '2',
    ]);
    expect(shape(buildJournalItems(rows, { ...NO_FILTERS, to: '2026-11-20' }))).toEqual(['2026-11-20(1)', '1']);
    expect(buildJournalItems(rows, { ...NO_FILTERS, from: '2026-11-24' })).toEqual([]);
  });
});

describe('client search for the combobox', () => {
  const clients = ['Anna Petrova', 'Boris Annenkov', 'Ёлкин Пётр', 'Zoe Hart']
    .map((name, i) => ({ ...buildClient({ name, organization: i === 3 ? 'Annex Ltd' : '' }) }))
    .sort((a, b) => a.name.localeCompare(b.name));

  it('ranks name prefix, then word prefix, then organization', () => {
    expect(searchClients(clients, 'ann').map((c) => c.name)).toEqual(['Anna Petrova', 'Boris Annenkov', 'Zoe Hart']);
  });

  it('matches case-insensitively and treats ё as е', () => {
    expect(searchClients(clients, 'елкин').map((c) => c.name)).toEqual(['Ёлкин Пётр']);
    expect(findClientByExactName(clients, '  anna petrova ')?.name).toBe('Anna Petrova');
    expect(findClientByExactName(clients, 'Anna')).toBeUndefined();
  });
});
