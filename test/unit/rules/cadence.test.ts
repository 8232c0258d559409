// Due dates are calendar days in the local zone: run in one with daylight saving time.
import '../summary/tz-berlin';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildDueToTalk,
  dueState,
  latestContactByClient,
  resolveCadence,
  type DueToTalkClient,
} from '../../../shared/rules/cadence';
import type { KeepInTouchDefaults } from '../../../shared/domain/settings';
import { addDaysToDate, localDateOfMs } from '../../../shared/dates/calendar';

const defaults: KeepInTouchDefaults = {
  vipDays: 30,
  tagDays: [
    { tag: 'key account', days: 14 },
    { tag: 'Partner', days: 60 },
  ],
};

function client(id: string, extra: Partial<DueToTalkClient> = {}): DueToTalkClient {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    organization: '',
    vip: false,
    problem: false,
    tags: [],
    cadenceDays: null,
    createdAt: new Date(2026, 0, 1, 9).toISOString(),
    archivedAt: null,
    deletedAt: null,
    ...extra,
  };
}

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('resolveCadence', () => {
  it("takes the client's own, else the VIP default, else the shortest matching tag default, else none", () => {
    expect(resolveCadence({ vip: true, tags: ['key account'], cadenceDays: 7 }, defaults)).toEqual({
      days: 7,
      source: 'client',
    });
    expect(resolveCadence({ vip: true, tags: ['key account'], cadenceDays: null }, defaults)).toEqual({
      days: 30,
      source: 'vip',
    });
    expect(resolveCadence({ vip: false, tags: [' Key Account ', 'partner'], cadenceDays: null }, defaults)).toEqual({
      days: 14,
      source: 'tag',
      tag: 'key account',
    });
    expect(resolveCadence({ vip: false, tags: ['partner'], cadenceDays: null }, defaults)).toEqual({
      days: 60,
      source: 'tag',
      tag: 'Partner',
    });
    expect(resolveCadence({ vip: false, tags: ['prospect'], cadenceDays: null }, defaults)).toBeNull();
  });

  it("'off' on the client wins over every default; a VIP without a VIP default falls through to tags", () => {
    expect(resolveCadence({ vip: true, tags: ['key account'], cadenceDays: 'off' }, defaults)).toBeNull();
    expect(
      resolveCadence({ vip: true, tags: ['key account'], cadenceDays: null }, { ...defaults, vipDays: null }),
    ).toMatchObject({ days: 14, source: 'tag' });
  });
});

describe('dueState', () => {
  it('is due on the day of the last contact plus the cadence, and counts the days past it', () => {
    const lastContactMs = at(2026, 3, 1);
    expect(dueState({ cadenceDays: 30, lastContactMs, createdMs: 0, today: '2026-03-30' })).toEqual({
      dueOn: '2026-03-31',
      daysOverdue: -1,
      isDue: false,
    });
    expect(dueState({ cadenceDays: 30, lastContactMs, createdMs: 0, today: '2026-03-31' }).daysOverdue).toBe(0);
    expect(dueState({ cadenceDays: 30, lastContactMs, createdMs: 0, today: '2026-04-12' }).daysOverdue).toBe(12);
  });

  it('counts from the day the client was added when there has been no conversation', () => {
    expect(
      dueState({ cadenceDays: 14, lastContactMs: null, createdMs: at(2026, 5, 1), today: '2026-05-15' }),
    ).toMatchObject({ dueOn: '2026-05-15', isDue: true });
  });

  it('is not moved by a daylight-saving change (Berlin, 29 March 2026)', () => {
    // 23:30 on 28 March is still 28 March locally; the night has 23 hours.
    const lastContactMs = new Date(2026, 2, 28, 23, 30).getTime();
    expect(dueState({ cadenceDays: 1, lastContactMs, createdMs: 0, today: '2026-03-29' })).toMatchObject({
      dueOn: '2026-03-29',
      daysOverdue: 0,
    });
    expect(dueState({ cadenceDays: 3, lastContactMs, createdMs: 0, today: '2026-04-01' }).daysOverdue).toBe(1);
  });
});

describe('buildDueToTalk', () => {
  const today = '2026-06-30';
  const clients = [
    client('anna', { vip: true }), // VIP 30
    client('boris', { tags: ['key account'] }), // 14
    client('vera', { cadenceDays: 10 }),
    client('gleb', { vip: true, cadenceDays: 'off' }),
    client('dina', { tags: ['key account'], problem: true }),
    client('egor', { vip: true, archivedAt: '2026-06-01T00:00:00.000Z' }),
    client('zoya'), // no cadence
  ];
  const rows = [
    { clientId: 'anna', atMs: at(2026, 5, 21) }, // due 20 June → 10 days overdue
    { clientId: 'boris', atMs: at(2026, 6, 6) }, // due 20 June → 10 days
    { clientId: 'vera', atMs: at(2026, 6, 25) }, // due 5 July → not yet
    { clientId: 'gleb', atMs: at(2025, 1, 1) },
    { clientId: 'dina', atMs: at(2026, 6, 1) }, // due 15 June → 15 days
    { clientId: 'egor', atMs: at(2025, 1, 1) },
    { clientId: 'zoya', atMs: at(2025, 1, 1) },
    { clientId: 'vera', atMs: at(2026, 7, 10) }, // planned later: does not reset yet
  ];

  it('lists the clients past their cadence, most overdue first, VIPs first on a tie, problem clients marked', () => {
    const lastContact = latestContactByClient(rows, at(2026, 6, 30, 10));
    const list = buildDueToTalk({ clients, lastContact, defaults, today, problemClientIds: new Set(['boris']) });
    expect(list.map((e) => [e.name, e.daysOverdue, e.problem])).toEqual([
      ['Dina', 15, true],
      ['Anna', 10, false],
      ['Boris', 10, true],
    ]);
    expect(list[1]).toMatchObject({ dueOn: '2026-06-20', cadence: { days: 30, source: 'vip' } });
  });

  it('a conversation logged today takes the client off the list, whatever its outcome', () => {
    const lastContact = latestContactByClient(
      [...rows, { clientId: 'dina', atMs: at(2026, 6, 30, 9) }],
      at(2026, 6, 30, 10),
    );
    const list = buildDueToTalk({ clients, lastContact, defaults, today, problemClientIds: new Set() });
    expect(list.map((e) => e.name)).toEqual(['Anna', 'Boris']);
  });
});

// ---------- properties ----------

const DAY = 86_400_000;
const BASE = at(2026, 1, 1);
const clientArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  vip: fc.boolean(),
  tags: fc.subarray(['key account', 'partner']),
  cadenceDays: fc.oneof(fc.constant(null), fc.constant('off' as const), fc.integer({ min: 1, max: 90 })),
  createdDay: fc.integer({ min: 0, max: 200 }),
});
const rowArb = fc.record({
  clientId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  atMs: fc.integer({ min: 0, max: 400 }).map((d) => BASE + d * DAY + 10 * 3_600_000),
});

type RawClient = typeof clientArb extends fc.Arbitrary<infer T> ? T : never;
function setup(rawClients: RawClient[]): DueToTalkClient[] {
  const seen = new Set<string>();
  return rawClients
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .map((c) => client(c.id, { ...c, createdAt: new Date(BASE + c.createdDay * DAY).toISOString() }));
}

describe('Due to talk, properties', () => {
  it('any conversation logged today resets the clock: the client is no longer due', () => {
    fc.assert(
      fc.property(
        fc.array(clientArb, { minLength: 1 }),
        fc.array(rowArb),
        fc.integer({ min: 0, max: 500 }),
        (raw, rows, day) => {
          const clients = setup(raw);
          const nowMs = BASE + day * DAY + 15 * 3_600_000;
          const today = localDateOfMs(nowMs);
          const target = clients[0]!;
          const logged = [...rows, { clientId: target.id, atMs: nowMs }];
          const list = buildDueToTalk({
            clients,
            lastContact: latestContactByClient(logged, nowMs),
            defaults,
            today,
            problemClientIds: new Set(),
          });
          expect(list.some((e) => e.clientId === target.id)).toBe(false);
        },
      ),
    );
  });

  it('is ordered most overdue first, VIPs first among equals, and lists exactly the clients past due', () => {
    fc.assert(
      fc.property(fc.array(clientArb), fc.array(rowArb), fc.integer({ min: 0, max: 500 }), (raw, rows, day) => {
        const clients = setup(raw);
        const nowMs = BASE + day * DAY + 15 * 3_600_000;
        const today = localDateOfMs(nowMs);
        const lastContact = latestContactByClient(rows, nowMs);
        const list = buildDueToTalk({ clients, lastContact, defaults, today, problemClientIds: new Set() });
        for (let i = 1; i < list.length; i++) {
          const [a, b] = [list[i - 1]!, list[i]!];
          expect(a.daysOverdue).toBeGreaterThanOrEqual(b.daysOverdue);
          if (a.daysOverdue === b.daysOverdue) expect(Number(a.vip)).toBeGreaterThanOrEqual(Number(b.vip));
        }
        for (const c of clients) {
          const cadence = resolveCadence(c, defaults);
          const start = localDateOfMs(lastContact.get(c.id) ?? Date.parse(c.createdAt));
          const expected = cadence !== null && addDaysToDate(start, cadence.days) <= today;
          expect(list.some((e) => e.clientId === c.id)).toBe(expected);
        }
      }),
    );
  });
});
