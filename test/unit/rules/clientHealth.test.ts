import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assessClientRisk,
  assessClients,
  listClientsAtRisk,
  recentOutcomes,
  usualIntervalDays,
  RISK_LEVELS,
  type HealthConversation,
} from '../../../shared/rules/clientHealth';
import { CRITERIA, OUTCOMES, type Outcome } from '../../../shared/domain/types';
import { localDateOfMs } from '../../../shared/dates/calendar';

const NOW = new Date(2026, 10, 23, 12).getTime();
const TODAY = '2026-11-23';
let seq = 0;
/** A conversation `daysAgo` days before today at noon. */
function conv(daysAgo: number, outcome: Outcome, criteria: HealthConversation['criteria'] = {}): HealthConversation {
  return {
    id: `c${String(seq++).padStart(4, '0')}`,
    atMs: new Date(2026, 10, 23 - daysAgo, 12).getTime(),
    outcome,
    criteria,
  };
}
const risk = (conversations: HealthConversation[], extra: Partial<Parameters<typeof assessClientRisk>[0]> = {}) =>
  assessClientRisk({
    vip: false,
    conversations,
    openDisputeDates: [],
    cadenceDays: null,
    today: TODAY,
    nowMs: NOW,
    ...extra,
  });

describe('recentOutcomes', () => {
  it('gives the last ten outcomes up to now, oldest first', () => {
    const list = [
      ...Array.from({ length: 12 }, (_, i) => conv(40 - i, i % 3 === 0 ? 'complaint' : 'satisfied')),
      conv(-2, 'neutral'), // planned later
    ];
    expect(recentOutcomes(list.reverse(), NOW)).toEqual([
      'satisfied',
      'complaint',
      'satisfied',
      'satisfied',
      'complaint',
      'satisfied',
      'satisfied',
      'complaint',
      'satisfied',
      'satisfied',
    ]);
  });
});

describe('usualIntervalDays', () => {
  it('is the median gap between distinct conversation days, with at least two gaps', () => {
    expect(usualIntervalDays(['2026-01-01', '2026-01-21'])).toBeNull();
    expect(usualIntervalDays(['2026-01-01', '2026-01-21', '2026-01-21', '2026-02-10', '2026-03-10'])).toBe(20);
    expect(usualIntervalDays(['2026-01-01', '2026-01-11', '2026-01-31'])).toBe(15);
  });
});

describe('assessClientRisk', () => {
  it("the issue's example: VIP, open dispute for 12 days, silent 64 days, usually 20 → at risk", () => {
    const conversations = [conv(124, 'satisfied'), conv(104, 'satisfied'), conv(84, 'satisfied'), conv(64, 'neutral')];
    const r = risk(conversations, { vip: true, openDisputeDates: ['2026-11-11'] });
    expect(r.reasons).toEqual([
      { kind: 'vip' },
      { kind: 'openDispute', days: 12 },
      { kind: 'silent', days: 64, usualDays: 20, basis: 'usual' },
    ]);
    expect(r).toMatchObject({ level: 'atRisk', points: 5 });
  });

  it('a satisfied regular is low, and a VIP is not at risk for being a VIP', () => {
    const regular = [conv(60, 'satisfied'), conv(40, 'satisfied'), conv(20, 'satisfied'), conv(1, 'satisfied')];
    expect(risk(regular)).toEqual({ level: 'low', points: 0, reasons: [] });
    expect(risk(regular, { vip: true })).toEqual({ level: 'low', points: 0, reasons: [] });
    expect(risk([])).toEqual({ level: 'low', points: 0, reasons: [] });
  });

  it('one recent complaint is "watch"; two with criticised criteria are "at risk"', () => {
    const one = risk([conv(10, 'complaint')]);
    expect(one).toMatchObject({ level: 'watch', points: 1, reasons: [{ kind: 'complaints', count: 1 }] });
    const two = risk([
      conv(100, 'complaint'), // older than 90 days: does not count
      conv(50, 'complaint', { reliability: 'criticised', courtesy: 'praised' }),
      conv(5, 'complaint', { communication: 'criticised', reliability: 'criticised' }),
    ]);
    expect(two.reasons).toEqual([
      { kind: 'complaints', count: 2 },
      { kind: 'criticised', criteria: ['reliability', 'communication'] },
    ]);
    expect(two).toMatchObject({ level: 'atRisk', points: 3 });
  });

  it('measures silence against the cadence when there is one, and never under 14 days', () => {
    const conversations = [conv(50, 'satisfied')];
    expect(risk(conversations, { cadenceDays: 30 }).reasons).toEqual([
      { kind: 'silent', days: 50, usualDays: 30, basis: 'cadence' },
    ]);
    expect(risk(conversations, { cadenceDays: 40 }).reasons).toEqual([]);
    // A weekly client silent 12 days: over 1.5 × 7, but under the 14-day floor.
    const weekly = [conv(33, 'satisfied'), conv(26, 'satisfied'), conv(19, 'satisfied'), conv(12, 'satisfied')];
    expect(risk(weekly).reasons).toEqual([]);
  });

  it('notices a falling satisfied share: 4 of 5 before the last 90 days, 1 of 3 within them', () => {
    const conversations = [
      conv(200, 'satisfied'),
      conv(180, 'satisfied'),
      conv(160, 'neutral'),
      conv(140, 'satisfied'),
      conv(120, 'satisfied'),
      conv(60, 'neutral'),
      conv(30, 'satisfied'),
      conv(3, 'neutral'),
    ];
    expect(risk(conversations).reasons).toEqual([{ kind: 'fallingSatisfied', fromPercent: 80, toPercent: 33 }]);
  });
});

describe('Clients at risk', () => {
  it('lists at risk before watch, more points first, leaving out low, archived and deleted clients', () => {
    const clients = [
      { id: 'a', name: 'Anna', organization: '', vip: false, archivedAt: null, deletedAt: null },
      { id: 'b', name: 'Boris', organization: '', vip: true, archivedAt: null, deletedAt: null },
      { id: 'c', name: 'Vera', organization: '', vip: false, archivedAt: null, deletedAt: null },
      { id: 'd', name: 'Dina', organization: '', vip: false, archivedAt: '2026-01-01T00:00:00.000Z', deletedAt: null },
    ];
    const rows = [
      { ...conv(10, 'complaint'), clientId: 'a' },
      { ...conv(10, 'complaint'), clientId: 'b' },
      { ...conv(5, 'satisfied'), clientId: 'c' },
      { ...conv(5, 'complaint'), clientId: 'd' },
    ];
    const health = assessClients({
      clients,
      rows,
      activeDisputes: [
        { clientId: 'a', openedOn: '2026-11-01', status: 'open', deletedAt: null },
        { clientId: 'c', openedOn: '2026-11-01', status: 'resolved', deletedAt: null },
      ],
      cadenceOf: () => null,
      today: TODAY,
      nowMs: NOW,
    });
    expect(health.has('d')).toBe(false);
    expect(health.get('c')?.outcomes).toEqual(['satisfied']);
    expect(listClientsAtRisk(clients, health).map((e) => [e.name, e.risk.level, e.risk.points])).toEqual([
      ['Anna', 'atRisk', 3],
      ['Boris', 'watch', 2],
    ]);
  });
});

// ---------- properties ----------

const criteriaArb = fc.dictionary(
  fc.constantFrom(...CRITERIA),
  fc.constantFrom('praised' as const, 'criticised' as const),
  {
    maxKeys: 3,
  },
);
const convArb = fc.record({
  daysAgo: fc.integer({ min: 0, max: 500 }),
  hour: fc.integer({ min: 0, max: 23 }),
  outcome: fc.constantFrom(...OUTCOMES),
  criteria: criteriaArb,
});
const journalArb = fc.array(convArb, { maxLength: 30 }).map((list) =>
  list.map((c, i) => ({
    id: `p${String(i).padStart(3, '0')}`,
    atMs: new Date(2026, 10, 23 - c.daysAgo, c.hour).getTime(),
    outcome: c.outcome,
    criteria: c.criteria,
  })),
);
const contextArb = fc.record({
  vip: fc.boolean(),
  openDisputeDates: fc.array(fc.constantFrom('2026-11-01', '2026-06-15'), { maxLength: 2 }),
  cadenceDays: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
});
const praiseOnly = fc.dictionary(fc.constantFrom(...CRITERIA), fc.constant('praised' as const), { maxKeys: 3 });
const rank = (level: string) => RISK_LEVELS.indexOf(level as (typeof RISK_LEVELS)[number]);

describe('risk, properties', () => {
  it('logging a satisfied conversation now (criticising nothing) never raises the risk', () => {
    fc.assert(
      fc.property(journalArb, contextArb, praiseOnly, (conversations, context, criteria) => {
        const before = risk(conversations, context);
        const after = risk([...conversations, { id: 'new', atMs: NOW, outcome: 'satisfied', criteria }], context);
        expect(rank(after.level)).toBeLessThanOrEqual(rank(before.level));
        expect(after.points).toBeLessThanOrEqual(before.points);
        const kinds = new Set(before.reasons.map((r) => r.kind));
        for (const reason of after.reasons) expect(kinds.has(reason.kind)).toBe(true);
      }),
    );
  });

  it('with a cadence, a satisfied conversation at any time in the last 90 days never raises the risk', () => {
    // (A client with no conversation at all has no silence to measure yet: "Due to talk" covers them.)
    fc.assert(
      fc.property(
        journalArb.filter((list) => list.some((c) => c.atMs <= NOW)),
        contextArb,
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 89 }),
        (conversations, context, cadenceDays, daysAgo) => {
          const ctx = { ...context, cadenceDays };
          const added = {
            id: 'new',
            atMs: new Date(2026, 10, 23 - daysAgo, 8).getTime(),
            outcome: 'satisfied' as const,
            criteria: {},
          };
          const before = risk(conversations, ctx);
          const after = risk([...conversations, added], ctx);
          expect(after.points).toBeLessThanOrEqual(before.points);
        },
      ),
    );
  });

  it('the level follows the points, and the reasons keep their order', () => {
    const order = ['vip', 'openDispute', 'silent', 'complaints', 'criticised', 'fallingSatisfied'];
    fc.assert(
      fc.property(journalArb, contextArb, (conversations, context) => {
        const r = risk(conversations, context);
        expect(r.level).toBe(r.points >= 3 ? 'atRisk' : r.points >= 1 ? 'watch' : 'low');
        const positions = r.reasons.map((x) => order.indexOf(x.kind));
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(r.reasons.length > 0).toBe(r.points > 0);
        if (r.reasons.some((x) => x.kind === 'silent'))
          expect(localDateOfMs(Math.max(...conversations.filter((c) => c.atMs <= NOW).map((c) => c.atMs)))).not.toBe(
            TODAY,
          );
      }),
    );
  });
});
