import { describe, expect, it } from 'vitest';
import { buildCallList, type CallListClient } from '../../../shared/rules/callList';
import { computeBalance, type BalanceConversation, type Quest } from '../../../shared/rules/balance';

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

/** One open quest nobody has paid yet: everyone can pay it. */
const openQuest: Quest[] = [{ complaintId: 'x', clientId: 'nobody', openedMs: 0, paidClientIds: [], lacking: 10 }];

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
    const list = buildCallList({ clients, conversations, asOfMs: 100, problemClientIds: new Set(), quests: openQuest });
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
      quests: openQuest,
    });
    expect(list).toEqual([]);
  });

  it('only conversations before asOfMs count, and limit cuts the list', () => {
    // As of 25, Vera's complaint (20) is her latest; as of 15 her satisfied one (5) still is.
    expect(
      buildCallList({ clients, conversations, asOfMs: 15, problemClientIds: new Set(), quests: openQuest }).map(
        (e) => e.name,
      ),
    ).toEqual(['Vera', 'Gleb', 'Anna', 'Egor']);
    expect(
      buildCallList({ clients, conversations, asOfMs: 100, problemClientIds: new Set(), quests: openQuest, limit: 2 }),
    ).toHaveLength(2);
  });

  it('is recomputed from a changed list: deleting the complaint puts the client back', () => {
    const withoutComplaint = conversations.filter((x) => !(x.clientId === 'vera' && x.outcome === 'complaint'));
    const list = buildCallList({
      clients,
      conversations: withoutComplaint,
      asOfMs: 100,
      problemClientIds: new Set(),
      quests: openQuest,
    });
    expect(list.map((e) => e.name)).toEqual(['Dina', 'Boris', 'Vera', 'Anna', 'Egor']);
  });
});

describe('buildCallList: only clients who can still pay an open quest', () => {
  const DAY = 86_400_000;
  const now = 1000 * DAY;
  const ivan = client('ivan', 'Ivan Petrov');
  const olga = client('olga', 'Olga');

  it('Ivan paid the only open quest: he is not offered, and nothing owed means no list', () => {
    const conversations = [c('olga', now - 2 * DAY, 'complaint'), c('ivan', now - DAY, 'satisfied')];
    const balance = computeBalance(conversations, 1);
    expect(balance.owed).toBe(0);
    expect(
      buildCallList({
        clients: [ivan, olga],
        conversations,
        quests: balance.quests,
        asOfMs: now,
        problemClientIds: new Set(),
      }),
    ).toEqual([]);
  });

  it('with T = 2, Ivan already counted in the only quest is not offered; Anna who did not is', () => {
    const anna = client('anna', 'Anna');
    const conversations = [
      c('anna', now - 30 * DAY, 'satisfied'),
      c('olga', now - 2 * DAY, 'complaint'),
      c('ivan', now - DAY, 'satisfied'),
    ];
    const balance = computeBalance(conversations, 2);
    expect(balance.owed).toBe(1);
    const list = buildCallList({
      clients: [ivan, olga, anna],
      conversations,
      quests: balance.quests,
      asOfMs: now,
      problemClientIds: new Set(),
    });
    expect(list.map((e) => e.name)).toEqual(['Anna']);
  });

  it('a client who paid one of two open quests can still pay the other, and ranks below clients not seen for 400 days', () => {
    const old1 = client('old1', 'Old One');
    const old2 = client('old2', 'Old Two');
    const today = client('today', 'Talked Today');
    const conversations = [
      c('old1', now - 400 * DAY, 'satisfied'),
      c('old2', now - 401 * DAY, 'satisfied'),
      c('olga', now - 3 * DAY, 'complaint'),
      c('ivan', now - 2 * DAY, 'complaint'),
      c('today', now - 60_000, 'satisfied'),
    ];
    const balance = computeBalance(conversations, 10);
    const list = buildCallList({
      clients: [today, old1, old2],
      conversations,
      quests: balance.quests,
      asOfMs: now,
      problemClientIds: new Set(),
    });
    expect(list.map((e) => e.name)).toEqual(['Old Two', 'Old One', 'Talked Today']);
  });

  it('a client counted in every open quest is not offered; VIPs first among the rest; problem clients never', () => {
    const vip = client('vip', 'Vip', { vip: true });
    const problem = client('problem', 'Problem');
    const conversations = [
      c('problem', now - 50 * DAY, 'satisfied'),
      c('vip', now - 5 * DAY, 'satisfied'),
      c('old1', now - 40 * DAY, 'satisfied'),
      c('olga', now - 3 * DAY, 'complaint'),
      c('ivan', now - 2 * DAY, 'satisfied'),
    ];
    const balance = computeBalance(conversations, 10);
    const list = buildCallList({
      clients: [ivan, vip, problem, client('old1', 'Old One')],
      conversations,
      quests: balance.quests,
      asOfMs: now,
      problemClientIds: new Set(['problem']),
    });
    expect(list.map((e) => e.name)).toEqual(['Vip', 'Old One']);
  });
});
