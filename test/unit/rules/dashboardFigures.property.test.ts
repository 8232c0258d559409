/**
 * The dashboard and the weekly summary can never drift apart: for random journals, every
 * dashboard figure for a week equals the weekly summary model's figure for the same week (with
 * private entries, as the director's own dashboard shows them).
 *
 * - The period figures (`shared/rules/dashboardFigures.ts`) for "This week" at a random now equal
 *   the summary of the week in progress; for any week's range they equal the complete week's
 *   summary; every bucket of the weekly trend equals its week's summary.
 * - What the dashboard reads from the database (the conversation index, the disputes strip's open
 *   disputes and overdue decisions, the call list with its problem clients) equals the summary of
 *   the week in progress (as of now), with the journal written to fake-indexeddb.
 *
 * The journals are the ones the app produces: status histories in time order and in the past, the
 * current status the last one (a dispute may carry an opening date ahead of the day it was entered);
 * a decision taken no later than this week.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { ConversationIndex, toRow } from '../../../renderer/db/conversationIndex';
import { listActiveDisputes } from '../../../renderer/db/disputes';
import { overduePendingDecisions } from '../../../renderer/db/decisions';
import { listCallListClients } from '../../../renderer/db/dashboardQueries';
import { localDate } from '../../../shared/dates/instant';
import { isLive } from '../../../shared/domain/records';
import { CHANNELS, CRITERIA, type Decision, type Dispute } from '../../../shared/domain/types';
import { compareByTime } from '../../../shared/rules/balance';
import { buildCallList } from '../../../shared/rules/callList';
import {
  computePeriodFigures,
  computeRangeFigures,
  computeTrend,
  type DashboardRow,
  type PeriodFigures,
} from '../../../shared/rules/dashboardFigures';
import { problemClientIds } from '../../../shared/rules/disputes';
import { isoWeekKey, isoWeekRange } from '../../../shared/rules/weeks';
import { summaryWeek } from '../../../shared/summary/context';
import { buildWeeklySummary, type WeeklySummary } from '../../../shared/summary/model';
import { instantBetween, journalArb, windowJournalEnv, type Journal } from '../arbitraries/journal';
import { resetDb } from '../db/resetDb';

// Six ISO weeks, 2026-W45 to 2026-W50, and a little around them.
const fromMs = Date.parse('2026-11-01T00:00:00Z');
const toMs = Date.parse('2026-12-15T00:00:00Z');
const DAY_MS = 86_400_000;
const SIZES = {
  clients: 6,
  conversations: 30,
  disputes: 4,
  decisions: 8,
  min: { clients: 3, conversations: 8, disputes: 1, decisions: 3 },
};
/** Null four times in five. */
const rarely = (value: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: value, weight: 1 });
/** Clients the call list can offer now and then: mostly not archived, not flagged. */
const CLIENT_FIELDS = {
  archivedAt: rarely(instantBetween(fromMs, toMs)),
  problem: fc.constantFrom(false, false, false, true),
};
function journalsBetween(from: number, to: number) {
  const env = { ...windowJournalEnv(from, to), deletedAt: rarely(instantBetween(from, to)) };
  return journalArb(env, SIZES, { client: CLIENT_FIELDS });
}
const journals = journalsBetween(fromMs, toMs);
const nowArb = fc.integer({ min: Date.parse('2026-11-03T00:00:00Z'), max: Date.parse('2026-12-12T00:00:00Z') });
/** A moment and a journal crowded around it (the week in progress, and the days before). */
const nowAndJournal = nowArb.chain((nowMs) =>
  fc.tuple(fc.constant(nowMs), journalsBetween(nowMs - 10 * DAY_MS, nowMs + 4 * DAY_MS)),
);
const targetArb = fc.integer({ min: 1, max: 4 });
const WEEKS = ['2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49', '2026-W50'] as const;

const min = (a: string, b: string) => (a < b ? a : b);

/** A status history as the app writes it: in time order, before now, the current status its last entry. */
function pastHistory<S extends string>(
  history: readonly { status: S; at: string }[],
  nowMs: number,
): { status: S; at: string }[] {
  return history.filter((h) => Date.parse(h.at) < nowMs).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The journal as the app leaves it at `nowMs`. */
function asTheAppWritesIt(journal: Journal, nowMs: number): Journal {
  const { lastDay } = summaryWeek(isoWeekKey(new Date(nowMs)));
  const disputes = journal.disputes.map((d): Dispute => {
    // Entered with an "open" change; its opening date may be any day, even one ahead.
    const past = pastHistory(d.statusHistory, nowMs);
    const history = past.length ? past : [{ status: 'open' as const, at: new Date(nowMs - 1).toISOString() }];
    return { ...d, statusHistory: history, status: history.at(-1)!.status };
  });
  const decisions = journal.decisions.map((d): Decision => {
    const past = pastHistory(d.statusHistory, nowMs);
    const history = past.length
      ? past
      : [{ status: d.status, at: new Date(Math.min(nowMs - 1, Date.parse(d.createdAt))).toISOString() }];
    return { ...d, statusHistory: history, status: history.at(-1)!.status, decidedOn: min(d.decidedOn, lastDay) };
  });
  return { ...journal, disputes, decisions };
}

/** The conversation index's rows: every live conversation, in time order. */
function rowsOf(journal: Journal): DashboardRow[] {
  return journal.conversations.filter(isLive).map(toRow).sort(compareByTime);
}

/** The summary as the app builds it: the week's live conversations, every live row, live disputes and decisions. */
function summaryOf(journal: Journal, week: string, target: number, nowMs?: number): WeeklySummary {
  const { start, end } = isoWeekRange(week);
  const live = journal.conversations.filter(isLive);
  return buildWeeklySummary(
    {
      week,
      conversations: live.filter((c) => Date.parse(c.at) >= start.getTime() && Date.parse(c.at) < end.getTime()),
      journal: live.map(toRow),
      clients: journal.clients,
      disputes: journal.disputes.filter(isLive),
      decisions: journal.decisions.filter(isLive),
      target,
      ...(nowMs === undefined ? {} : { nowMs }),
    },
    { includePrivate: true, language: 'en' },
  );
}

/** Every figure the dashboard shows for a period, as the summary model states it for its week. */
function figuresOfSummary(s: WeeklySummary) {
  const channels = Object.fromEntries(CHANNELS.map((c) => [c, s.byChannel.find((r) => r.key === c)?.count ?? 0]));
  return {
    range: { fromMs: s.fromMs, toMs: s.toMs },
    satisfied: s.totals.satisfied,
    complaints: s.totals.complaints,
    ratio: s.balance.ratio,
    owed: s.balance.owed,
    conversationCount: s.totals.conversations,
    channels,
    criteria: Object.fromEntries(s.criteria.rows.map((r) => [r.key, { praised: r.praised, criticised: r.criticised }])),
    weakest: s.criteria.weakest.map((r) => r.key),
  };
}

function figuresOfDashboard(f: PeriodFigures) {
  return {
    range: f.range,
    satisfied: f.balance.satisfied,
    complaints: f.balance.complaints,
    ratio: f.balance.ratio,
    owed: f.balance.owed,
    conversationCount: f.conversationCount,
    channels: f.channels,
    criteria: Object.fromEntries(CRITERIA.map((c) => [c, f.criteria[c]])),
    weakest: f.weakest,
  };
}

describe('dashboard figures equal the weekly summary (differential property)', () => {
  it('"This week" at any moment equals the summary of the week in progress', () => {
    fc.assert(
      fc.property(nowAndJournal, targetArb, ([nowMs, raw], target) => {
        const journal = asTheAppWritesIt(raw, nowMs);
        const now = new Date(nowMs);
        const dashboard = computePeriodFigures(rowsOf(journal), 'thisWeek', target, now);
        const summary = summaryOf(journal, isoWeekKey(now), target, nowMs);
        expect(summary.progress.inProgress).toBe(true);
        expect(figuresOfDashboard(dashboard)).toEqual(figuresOfSummary(summary));
      }),
      { numRuns: 150 },
    );
  });

  it("any week's range equals the summary of that complete week, and the trend buckets match each week", () => {
    fc.assert(
      fc.property(journals, fc.constantFrom(...WEEKS), targetArb, (journal, week, target) => {
        const rows = rowsOf(journal);
        const { start, end } = isoWeekRange(week);
        const range = { fromMs: start.getTime(), toMs: end.getTime() };
        const summary = summaryOf(journal, week, target);
        expect(figuresOfDashboard(computeRangeFigures(rows, range, target))).toEqual(figuresOfSummary(summary));
        // The trend as the dashboard draws it with Monday weeks, seen from the last week.
        const trend = computeTrend(rows, 12, 1, new Date(Date.parse('2026-12-13T12:00:00Z')));
        const bucket = trend.find((w) => w.weekKey === week);
        expect(bucket && { satisfied: bucket.satisfied, complaints: bucket.complaints, ratio: bucket.ratio }).toEqual({
          satisfied: summary.totals.satisfied,
          complaints: summary.totals.complaints,
          ratio: summary.balance.ratio,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('what the dashboard reads from the database (disputes strip, call list) equals the summary of the week in progress', async () => {
    await fc.assert(
      fc.asyncProperty(nowAndJournal, targetArb, async ([nowMs, raw], target) => {
        const journal = asTheAppWritesIt(raw, nowMs);
        await resetDb();
        await db.transaction('rw', [db.clients, db.conversations, db.disputes, db.decisions], async () => {
          await db.clients.bulkAdd(journal.clients);
          await db.conversations.bulkAdd(journal.conversations);
          await db.disputes.bulkAdd(journal.disputes);
          await db.decisions.bulkAdd(journal.decisions);
        });
        const index = new ConversationIndex(db);
        await index.ensureLoaded();
        const rows = index.getSnapshot()?.rows ?? [];
        index.dispose();
        const now = new Date(nowMs);
        const today = localDate(now);
        const [active, overdue, clients] = await Promise.all([
          listActiveDisputes(),
          overduePendingDecisions(today),
          listCallListClients(),
        ]);
        const figures = computePeriodFigures(rows, 'thisWeek', target, now);
        const callList = buildCallList({
          clients,
          conversations: rows,
          quests: figures.balance.quests,
          asOfMs: nowMs,
          problemClientIds: problemClientIds(active),
        });
        const summary = summaryOf(journal, isoWeekKey(now), target, nowMs);

        expect(rows).toEqual(rowsOf(journal));
        expect(active.map((d) => d.id).sort()).toEqual(summary.disputes.openAtEnd.map((d) => d.id).sort());
        expect(overdue.map((d) => d.id).sort()).toEqual(
          summary.decisions.rows
            .filter((d) => d.overdue)
            .map((d) => d.id)
            .sort(),
        );
        expect(overdue.length).toBe(summary.decisions.overdue);
        expect(callList.slice(0, 10).map((c) => c.clientId)).toEqual(summary.callList.map((c) => c.clientId));
      }),
      { numRuns: 80 },
    );
  });
});
