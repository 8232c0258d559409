// Anniversaries are local calendar days: run in a zone with daylight saving time.
import '../summary/tz-berlin';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildOnThisDay,
  onThisDayKey,
  pruneDismissals,
  type OnThisDayClient,
  type OnThisDayDecision,
  type OnThisDayDispute,
} from '../../../shared/rules/onThisDay';
import { addDaysToDate, anniversaryIn, localDateOfMs } from '../../../shared/dates/calendar';
import { localDate } from '../../../shared/dates/instant';

const clients: OnThisDayClient[] = [
  { id: 'anna', name: 'Anna', vip: false, archivedAt: null, deletedAt: null },
  { id: 'boris', name: 'Boris', vip: true, archivedAt: null, deletedAt: null },
  { id: 'vera', name: 'Vera', vip: false, archivedAt: '2026-01-01T00:00:00.000Z', deletedAt: null },
];

function decision(id: string, decidedOn: string, extra: Partial<OnThisDayDecision> = {}): OnThisDayDecision {
  return {
    id,
    clientId: 'anna',
    decidedOn,
    decision: `Decision ${id}`,
    promised: '',
    due: null,
    status: 'pending',
    deletedAt: null,
    ...extra,
  };
}

function dispute(id: string, resolvedAt: Date | null, extra: Partial<OnThisDayDispute> = {}): OnThisDayDispute {
  return {
    id,
    clientId: 'anna',
    title: `Dispute ${id}`,
    rootCause: 'defect',
    status: resolvedAt ? 'resolved' : 'open',
    statusHistory: resolvedAt ? [{ status: 'resolved', at: resolvedAt.toISOString() }] : [],
    deletedAt: null,
    ...extra,
  };
}

const none = new Map<string, number>();
const run = (today: string, parts: Partial<Parameters<typeof buildOnThisDay>[0]>) =>
  buildOnThisDay({
    today,
    nowMs: new Date(`${today}T12:00:00`).getTime(),
    decisions: [],
    disputes: [],
    clients,
    lastContact: none,
    dismissed: new Set(),
    ...parts,
  });

describe('anniversaryIn', () => {
  it('keeps the day, and brings 29 February round on 28 February in a year without one', () => {
    expect(anniversaryIn('2025-11-23', 2026)).toBe('2026-11-23');
    expect(anniversaryIn('2024-02-29', 2025)).toBe('2025-02-28');
    expect(anniversaryIn('2024-02-29', 2028)).toBe('2028-02-29');
    expect(anniversaryIn('2027-02-28', 2028)).toBe('2028-02-28');
  });
});

describe('buildOnThisDay', () => {
  it('lists the decisions taken a year ago today with their status, overdue ones flagged', () => {
    const items = run('2026-11-23', {
      decisions: [
        decision('d1', '2025-11-23', { status: 'kept' }),
        decision('d2', '2025-11-23', { due: '2026-01-10' }),
        decision('d3', '2025-11-22'),
        decision('d4', '2024-11-23'),
        decision('d5', '2025-11-23', { deletedAt: '2026-01-01T00:00:00.000Z' }),
        decision('d6', '2025-11-23', { clientId: 'vera' }), // archived client
      ],
    });
    expect(items.map((i) => (i.kind === 'decision' ? [i.decisionId, i.status, i.overdue] : null))).toEqual([
      ['d1', 'kept', false],
      ['d2', 'pending', true],
    ]);
  });

  it('brings a leap-day promise round on 28 February, and nothing extra on a leap day', () => {
    const decisions = [decision('leap', '2024-02-29'), decision('feb28', '2024-02-28'), decision('y27', '2027-02-28')];
    expect(run('2025-02-28', { decisions }).map((i) => i.key)).toEqual([
      'decision:feb28:2025-02-28',
      'decision:leap:2025-02-28',
    ]);
    expect(run('2025-03-01', { decisions })).toEqual([]);
    expect(run('2028-02-28', { decisions }).map((i) => i.key)).toEqual(['decision:y27:2028-02-28']);
    expect(run('2028-02-29', { decisions })).toEqual([]);
  });

  it('lists a dispute resolved 90 days ago, counted in calendar days across the DST change', () => {
    // Resolved at 00:30 on 1 March 2026 (CET); 90 days later is 30 May (CEST), whatever the offset.
    const resolvedAt = new Date(2026, 2, 1, 0, 30);
    const items = run('2026-05-30', {
      disputes: [
        dispute('x', resolvedAt),
        dispute('y', new Date(2026, 2, 2, 10)),
        dispute('open', null),
        // Reopened after it was resolved: not resolved any more.
        dispute('again', resolvedAt, {
          status: 'open',
          statusHistory: [
            { status: 'resolved', at: resolvedAt.toISOString() },
            { status: 'open', at: new Date(2026, 3, 1).toISOString() },
          ],
        }),
      ],
    });
    expect(items).toEqual([
      {
        kind: 'dispute',
        key: 'dispute:x:2026-05-30',
        clientId: 'anna',
        disputeId: 'x',
        title: 'Dispute x',
        rootCause: 'defect',
        resolvedOn: '2026-03-01',
      },
    ]);
  });

  it('lists clients last seen in this month a year ago and not since, VIPs first', () => {
    const lastContact = new Map([
      ['anna', new Date(2025, 10, 28, 10).getTime()],
      ['boris', new Date(2025, 10, 2, 10).getTime()],
      ['vera', new Date(2025, 10, 2, 10).getTime()], // archived
    ]);
    expect(run('2026-11-05', { lastContact }).map((i) => i.clientId)).toEqual(['boris', 'anna']);
    expect(run('2026-12-01', { lastContact })).toEqual([]);
    // Seen since: the latest contact is what counts.
    expect(run('2026-11-05', { lastContact: new Map([['anna', new Date(2026, 0, 3).getTime()]]) })).toEqual([]);
  });

  it('leaves out dismissed items; a dismissal is for this occasion only and is pruned after it', () => {
    const decisions = [decision('d1', '2025-11-23')];
    const lastContact = new Map([['anna', new Date(2025, 10, 3).getTime()]]);
    const keys = run('2026-11-23', { decisions, lastContact }).map((i) => i.key);
    expect(keys).toEqual(['decision:d1:2026-11-23', 'lastSeen:anna:2026-11']);
    expect(run('2026-11-23', { decisions, lastContact, dismissed: new Set(keys) })).toEqual([]);
    expect(pruneDismissals([...keys, 'decision:d0:2026-11-22', 'lastSeen:x:2026-10', 'junk'], '2026-11-23')).toEqual(
      keys,
    );
    expect(pruneDismissals(keys, '2026-11-24')).toEqual(['lastSeen:anna:2026-11']);
    expect(onThisDayKey('dispute', 'x', '2026-05-30')).toBe('dispute:x:2026-05-30');
  });
});

describe('On this day, properties', () => {
  const dayArb = fc.integer({ min: 0, max: 3000 }).map((n) => addDaysToDate('2023-01-01', n));

  it('a decision comes round exactly once in the next year, on its anniversary', () => {
    fc.assert(
      fc.property(dayArb, (decidedOn) => {
        const year = Number(decidedOn.slice(0, 4)) + 1;
        const days: string[] = [];
        for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDaysToDate(day, 1)) {
          if (run(day, { decisions: [decision('d', decidedOn)] }).length > 0) days.push(day);
        }
        expect(days).toEqual([anniversaryIn(decidedOn, year)]);
      }),
      { numRuns: 25 },
    );
  });

  it('a dispute resolved at any time of day comes back exactly on the 90th calendar day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2024, 0, 1), max: new Date(2028, 11, 31), noInvalidDate: true }), (at) => {
        const resolvedOn = localDate(at);
        const disputes = [dispute('x', at)];
        expect(run(addDaysToDate(resolvedOn, 90), { disputes })).toHaveLength(1);
        expect(run(addDaysToDate(resolvedOn, 89), { disputes })).toHaveLength(0);
        expect(run(addDaysToDate(resolvedOn, 91), { disputes })).toHaveLength(0);
        expect(localDateOfMs(at.getTime())).toBe(resolvedOn);
      }),
    );
  });
});
