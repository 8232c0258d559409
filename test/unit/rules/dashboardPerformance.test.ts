/**
 * The dashboard recomputes every figure from the in-memory rows when the period changes; with
 * 50 000 conversations and 2 000 clients that must stay well inside one frame budget or two.
 */
import { describe, expect, it } from 'vitest';
import { generateSampleJournal } from '../../../shared/sample/generate';
import { computeBalance } from '../../../shared/rules/balance';
import { periodRange, rowsInRange, PERIOD_KEYS } from '../../../shared/rules/periods';
import { weeklyTrend } from '../../../shared/rules/trend';
import { tallyCriteria, weakestCriteria } from '../../../shared/rules/criteria';
import { buildCallList } from '../../../shared/rules/callList';

describe('dashboard figures at 50 000 conversations', () => {
  it('computes every period, the trend and the call list in milliseconds', { timeout: 60_000 }, () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const journal = generateSampleJournal({ seed: 1, clients: 2000, years: 10, now });
    expect(journal.conversations.length).toBeGreaterThanOrEqual(49_000);
    const rows = journal.conversations
      .filter((c) => c.deletedAt === null)
      .map((c) => ({
        id: c.id,
        clientId: c.clientId,
        atMs: Date.parse(c.at),
        outcome: c.outcome,
        criteria: c.feedback.criteria,
      }))
      .sort((a, b) => a.atMs - b.atMs || (a.id < b.id ? -1 : 1));

    const started = performance.now();
    for (const key of PERIOD_KEYS) {
      const inPeriod = rowsInRange(rows, periodRange(key, now));
      computeBalance(inPeriod, 10);
      weakestCriteria(tallyCriteria(inPeriod));
    }
    weeklyTrend(rows, { now, weeks: 52 });
    const callList = buildCallList({
      clients: journal.clients,
      conversations: rows,
      asOfMs: now.getTime(),
      problemClientIds: new Set(),
    });
    const elapsed = performance.now() - started;
    expect(callList.length).toBeGreaterThan(0);
    // Generous for a loaded CI machine (typically well under 200 ms); a quadratic slip takes seconds.
    expect(elapsed).toBeLessThan(1500);
    console.info(`all periods + trend + call list over ${rows.length} conversations: ${elapsed.toFixed(1)} ms`);
  });
});
