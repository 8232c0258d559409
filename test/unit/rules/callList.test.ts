import { describe, expect, it } from 'vitest';
import { buildCallList, type CallListClient } from '../../../shared/rules/callList';
import type { BalanceConversation } from '../../../shared/rules/balance';

function client(id: string, name: string, extra: Partial<CallListClient> = {}): CallListClient {
  return {
    id,
    name,
    organization: `${name} Ltd`,
    vip: false,
    problem: false,
    archivedAt: null,
    deletedAt: null,
    ...extra,
  };
}
let n = 0;
function c(clientId: string, atMs: number, outcome: BalanceConversation['outcome']): BalanceConversation {
  return { id: `c${n++}`, clientId, atMs, outcome };
}

describe('buildCallList', () => {
  const clients = [
    client('anna', 'Anna'),
    client('boris', 'Boris', { vip: true }),
    client('vera', 'Vera'),
    client('gleb', 'Gleb'),
    client('dina', 'Dina', { vip: true }),
    client('egor', 'Egor'),
  ];
  const conversations = [
    c('anna', 10, 'satisfied'),
    c('boris', 50, 'satisfied'),
    c('vera', 5, 'satisfied'),
    c('vera', 20, 'complaint'), // latest is a complaint → not on the list
    c('gleb', 30, 'neutral'),
    c('gleb', 8, 'satisfied'),
    c('dina', 40, 'satisfied'),
    c('egor', 10, 'satisfied'),
  ];

  it('lists clients satisfied in their latest conversation: VIPs first, then the longest without contact, ties by name', () => {
    const list = buildCallList({ clients, conversations, asOfMs: 100, problemClientIds: new Set() });
    expect(list.map((e) => e.name)).toEqual(['Dina', 'Boris', 'Anna', 'Egor']);
    expect(list[0]).toEqual({ clientId: 'dina', name: 'Dina', organization: 'Dina Ltd', vip: true, lastContactMs: 40 });
  });

  it('never lists problem clients (manual flag or derived), archived or deleted ones', () => {
    const list = buildCallList({
      clients: clients.map((x) =>
        x.id === 'anna'
          ? { ...x, problem: true }
          : x.id === 'egor'
            ? { ...x, archivedAt: '2026-01-01T00:00:00.000Z' }
            : x.id === 'boris'
              ? { ...x, deletedAt: '2026-01-01T00:00:00.000Z' }
              : x,
      ),
      conversations,
      asOfMs: 100,
      problemClientIds: new Set(['dina']),
    });
    expect(list).toEqual([]);
  });

  it('only conversations before asOfMs count, and limit cuts the list', () => {
    // As of 25, Vera's complaint (20) is her latest; as of 15 her satisfied one (5) still is.
    expect(
      buildCallList({ clients, conversations, asOfMs: 15, problemClientIds: new Set() }).map((e) => e.name),
    ).toEqual(['Vera', 'Gleb', 'Anna', 'Egor']);
    expect(buildCallList({ clients, conversations, asOfMs: 100, problemClientIds: new Set(), limit: 2 })).toHaveLength(
      2,
    );
  });

  it('is recomputed from a changed list: deleting the complaint puts the client back', () => {
    const withoutComplaint = conversations.filter((x) => !(x.clientId === 'vera' && x.outcome === 'complaint'));
    const list = buildCallList({ clients, conversations: withoutComplaint, asOfMs: 100, problemClientIds: new Set() });
    expect(list.map((e) => e.name)).toEqual(['Dina', 'Boris', 'Vera', 'Anna', 'Egor']);
  });
});
