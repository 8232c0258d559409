import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeBalance, type BalanceConversation } from '../../../shared/rules/balance';
import type { Outcome } from '../../../shared/domain/types';

let seq = 0;
function conv(clientId: string, atMs: number, outcome: Outcome, id?: string): BalanceConversation {
  seq++;
  return { id: id ?? `c${String(seq).padStart(4, '0')}`, clientId, atMs, outcome };
}

describe('computeBalance: hand-worked examples', () => {
  it('PRODUCT.md example: complaint from A, satisfied B, C, B → 3 : 1, owed 8 (B counts once)', () => {
    const list = [
      conv('A', 1, 'complaint'),
      conv('B', 2, 'satisfied'),
      conv('C', 3, 'satisfied'),
      conv('B', 4, 'satisfied'),
    ];
    const b = computeBalance(list, 10);
    expect(b.satisfied).toBe(3);
    expect(b.complaints).toBe(1);
    expect(b.ratio).toBe(3);
    expect(b.owed).toBe(8);
    expect(b.quests).toHaveLength(1);
    expect(b.quests[0]).toMatchObject({
      complaintId: list[0]!.id,
      clientId: 'A',
      openedMs: 1,
      paidClientIds: ['B', 'C'],
      lacking: 8,
    });
  });

  it('neutral conversations count for nothing; no complaints means ratio null and nothing owed', () => {
    const b = computeBalance([conv('A', 1, 'neutral'), conv('B', 2, 'satisfied')], 10);
    expect(b).toMatchObject({ satisfied: 1, complaints: 0, ratio: null, owed: 0, quests: [] });
    expect(computeBalance([], 10)).toMatchObject({ satisfied: 0, complaints: 0, ratio: null, owed: 0 });
  });

  it('a satisfied conversation before, or at the same instant as, the complaint does not pay it', () => {
    const b = computeBalance(
      [conv('B', 1, 'satisfied'), conv('A', 5, 'complaint', 'z-complaint'), conv('C', 5, 'satisfied', 'a-satisfied')],
      10,
    );
    expect(b.owed).toBe(10);
    expect(b.ratio).toBe(2);
  });

  it('several overlapping quests are paid oldest first, a client at most once per quest', () => {
    // T = 2. Quests q1 (t=1) and q2 (t=2).
    const list = [
      conv('A', 1, 'complaint', 'q1'),
      conv('B', 2, 'complaint', 'q2'),
      conv('C', 3, 'satisfied'), // pays q1
      conv('C', 4, 'satisfied'), // C already paid q1 → pays q2
      conv('C', 5, 'satisfied'), // C paid both → pays nothing
      conv('D', 6, 'satisfied'), // pays q1 → q1 closed
    ];
    const b = computeBalance(list, 2);
    expect(b.quests.map((q) => [q.complaintId, q.paidClientIds, q.lacking])).toEqual([
      ['q1', ['C', 'D'], 0],
      ['q2', ['C'], 1],
    ]);
    expect(b.owed).toBe(1);
    // Then E pays q2 (the only open quest).
    expect(computeBalance([...list, conv('E', 7, 'satisfied')], 2).owed).toBe(0);
  });

  it('a satisfied conversation pays only quests opened before it', () => {
    const list = [
      conv('A', 1, 'complaint', 'q1'),
      conv('B', 2, 'satisfied'),
      conv('A', 3, 'complaint', 'q2'),
      conv('C', 4, 'satisfied'),
      conv('D', 5, 'satisfied'),
    ];
    const b = computeBalance(list, 3);
    expect(b.quests.map((q) => q.paidClientIds)).toEqual([['B', 'C', 'D'], []]);
    expect(b.owed).toBe(3);
  });

  it('surplus satisfied conversations do not go negative or carry over to later quests', () => {
    const list = [conv('A', 1, 'complaint')];
    for (let i = 0; i < 15; i++) list.push(conv(`S${i}`, 2 + i, 'satisfied'));
    list.push(conv('A', 100, 'complaint'));
    const b = computeBalance(list, 10);
    expect(b.owed).toBe(10);
    expect(b.ratio).toBe(7.5);
  });

  it('edits and deletions: recomputing from the changed list changes the figures', () => {
    const complaint = conv('A', 1, 'complaint');
    const s1 = conv('B', 2, 'satisfied');
    const s2 = conv('C', 3, 'satisfied');
    const s3 = conv('D', 4, 'satisfied');
    const list = [complaint, s1, s2, s3];
    expect(computeBalance(list, 10).owed).toBe(7);
    // Edit: D's conversation was with B after all (duplicate client → pays nothing more).
    expect(computeBalance([complaint, s1, s2, { ...s3, clientId: 'B' }], 10).owed).toBe(8);
    // Edit: the complaint's time moves after the satisfied ones → none of them pay it.
    expect(computeBalance([{ ...complaint, atMs: 10 }, s1, s2, s3], 10).owed).toBe(10);
    // Edit: outcome changed from complaint to neutral → nothing owed.
    expect(computeBalance([{ ...complaint, outcome: 'neutral' }, s1, s2, s3], 10)).toMatchObject({
      owed: 0,
      ratio: null,
    });
    // Delete a satisfied conversation.
    expect(computeBalance([complaint, s1, s3], 10)).toMatchObject({ owed: 8, satisfied: 2 });
    // Delete the complaint.
    expect(computeBalance([s1, s2, s3], 10)).toMatchObject({ owed: 0, complaints: 0 });
  });

  it('the target is a whole number of at least 1', () => {
    const list = [conv('A', 1, 'complaint')];
    expect(computeBalance(list, 3).owed).toBe(3);
    expect(computeBalance(list, 0).owed).toBe(1);
  });
});

describe('computeBalance: periods', () => {
  const period = { fromMs: 100, toMs: 200 };

  it('a conversation exactly at fromMs counts, one exactly at toMs does not', () => {
    const b = computeBalance(
      [
        conv('A', 100, 'complaint'),
        conv('B', 150, 'satisfied'),
        conv('C', 200, 'satisfied'),
        conv('D', 200, 'complaint'),
      ],
      10,
      period,
    );
    expect(b).toMatchObject({ satisfied: 1, complaints: 1, owed: 9 });
  });

  it('a complaint before the period opens no quest; satisfied conversations after it pay nothing', () => {
    const b = computeBalance(
      [
        conv('A', 99, 'complaint'),
        conv('B', 120, 'complaint'),
        conv('C', 130, 'satisfied'),
        conv('D', 250, 'satisfied'),
      ],
      10,
      period,
    );
    expect(b).toMatchObject({ satisfied: 1, complaints: 1, owed: 9 });
    expect(b.quests.map((q) => q.clientId)).toEqual(['B']);
  });

  it('satisfied conversations before the period do not pay a quest opened in it', () => {
    const b = computeBalance(
      [conv('A', 50, 'complaint'), conv('B', 60, 'satisfied'), conv('A', 110, 'complaint')],
      10,
      period,
    );
    expect(b.owed).toBe(10);
  });
});

// ---------- properties ----------

const CLIENTS = ['a', 'b', 'c', 'd', 'e', 'f'];
const conversationArb = fc.record({
  clientId: fc.constantFrom(...CLIENTS),
  // A narrow time range makes ties in time common.
  atMs: fc.integer({ min: 0, max: 40 }),
  outcome: fc.constantFrom<Outcome>('satisfied', 'neutral', 'complaint'),
});
const listArb = fc
  .array(conversationArb, { maxLength: 80 })
  .map((xs) => xs.map((x, i) => ({ ...x, id: `id${String(i).padStart(3, '0')}` })));
const targetArb = fc.integer({ min: 1, max: 12 });

describe('computeBalance: properties', () => {
  it('owed is never negative and never more than target × complaints', () => {
    fc.assert(
      fc.property(listArb, targetArb, (list, t) => {
        const b = computeBalance(list, t);
        expect(b.owed).toBeGreaterThanOrEqual(0);
        expect(b.owed).toBeLessThanOrEqual(t * b.complaints);
        // Each satisfied conversation pays at most one quest.
        expect(b.owed).toBeGreaterThanOrEqual(t * b.complaints - b.satisfied);
        for (const q of b.quests) expect(new Set(q.paidClientIds).size).toBe(q.paidClientIds.length);
      }),
    );
  });

  it('owed is target × complaints when no satisfied conversation follows any complaint', () => {
    fc.assert(
      fc.property(listArb, targetArb, (list, t) => {
        const firstComplaint = Math.min(...list.filter((c) => c.outcome === 'complaint').map((c) => c.atMs));
        // Move every satisfied conversation to or before the first complaint.
        const shifted = list.map((c) =>
          c.outcome === 'satisfied' && c.atMs > firstComplaint ? { ...c, atMs: firstComplaint } : c,
        );
        const b = computeBalance(shifted, t);
        expect(b.owed).toBe(t * b.complaints);
      }),
    );
  });

  it('does not depend on the order of the input list (ties in time broken by id)', () => {
    fc.assert(
      fc.property(
        listArb.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        targetArb,
        ([list, shuffled], t) => {
          expect(computeBalance(shuffled, t)).toEqual(computeBalance(list, t));
        },
      ),
    );
  });

  it('satisfied and complaint counts match a naive filter of the period', () => {
    fc.assert(
      fc.property(
        listArb,
        targetArb,
        fc.integer({ min: -5, max: 45 }),
        fc.integer({ min: 0, max: 50 }),
        (list, t, from, len) => {
          const period = { fromMs: from, toMs: from + len };
          const inPeriod = list.filter((c) => c.atMs >= period.fromMs && c.atMs < period.toMs);
          const b = computeBalance(list, t, period);
          const satisfied = inPeriod.filter((c) => c.outcome === 'satisfied').length;
          const complaints = inPeriod.filter((c) => c.outcome === 'complaint').length;
          expect(b.satisfied).toBe(satisfied);
          expect(b.complaints).toBe(complaints);
          expect(b.ratio).toBe(complaints === 0 ? null : satisfied / complaints);
          // Restricting the list to the period first gives the same answer.
          expect(computeBalance(inPeriod, t)).toEqual(b);
        },
      ),
    );
  });
});
