/**
 * Instants are instants: every stored time is UTC `…Z`, whatever offset it was written with, so
 * the week, client and CSV range queries (plain string ranges over the `at` index) find it.
 */
import fc from 'fast-check';
import { addDays, addWeeks, startOfDay, startOfISOWeek } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { BackupError, parseBackup, type BackupProblem } from '../../../shared/backup/parse';
import { replaceJournal } from '../../../renderer/db/backup';
import { listConversations, logConversation } from '../../../renderer/db/conversations';
import { readConversationsForExport } from '../../../renderer/db/exportQueries';
import { createClient } from '../../../renderer/db/clients';
import { localDateOf } from '../../../shared/dates/instant';
import { emptyFeedback } from '../../../shared/domain/types';
import { resetDb } from '../db/resetDb';
import { loadFixture, reseal } from './helpers';

async function problemOf(text: string): Promise<BackupProblem> {
  try {
    await parseBackup(text);
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
  throw new Error('expected the backup to be rejected');
}

/** The moment `ms` written in local time at `offsetMinutes` from UTC (`…+03:00`, `…-05:30`). */
function withOffset(ms: number, offsetMinutes: number, millis: boolean): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, millis ? 23 : 19);
  if (offsetMinutes === 0 && !millis) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('instants in a backup', () => {
  it('converts an offset to UTC: 2026-11-29T23:30:00+03:00 is stored as 2026-11-29T20:30:00.000Z', async () => {
    const file = loadFixture();
    file.data.conversations[0]!.at = '2026-11-29T23:30:00+03:00';
    file.data.clients[0]!.updatedAt = '2026-11-20T12:30:00+03:00';
    const history = file.data.disputes[0]!.statusHistory as { at: string }[];
    history[0]!.at = '2026-11-02T09:00:00-05:00';
    const parsed = await parseBackup(await reseal(file));
    expect(parsed.data.conversations[0]!.at).toBe('2026-11-29T20:30:00.000Z');
    expect(parsed.data.clients[0]!.updatedAt).toBe('2026-11-20T09:30:00.000Z');
    expect(parsed.data.disputes[0]!.statusHistory[0]!.at).toBe('2026-11-02T14:00:00.000Z');
    // Every stored instant is in the one UTC form.
    const instants = JSON.stringify(parsed.data).match(/"\d{4}-\d\d-\d\dT[^"]*"/g) ?? [];
    expect(instants.length).toBeGreaterThan(10);
    for (const instant of instants) expect(instant).toMatch(/^"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"$/);
  });

  it('refuses a time that is not an instant (no offset), saying what an instant looks like', async () => {
    const file = loadFixture();
    file.data.conversations[1]!.at = '2026-11-29T23:30:00';
    const problem = await problemOf(await reseal(file));
    expect(problem).toMatchObject({
      code: 'invalidRecord',
      table: 'conversations',
      index: 1,
      field: 'at',
      issue: { kind: 'instant' },
    });
    expect(new BackupError(problem).message).toMatch(
      /field "at" is not an instant: a date and time with an offset, such as 2026-11-29T20:30:00\.000Z or 2026-11-29T23:30:00\+03:00/,
    );
  });
});

describe('instants on every way in', () => {
  beforeEach(resetDb);

  it('saving a conversation written with an offset stores UTC', async () => {
    const anna = await createClient({ name: 'Anna', organization: '' });
    const saved = await logConversation({
      clientId: anna.id,
      at: '2026-11-29T23:30:00+03:00',
      channel: 'call',
      direction: 'inbound',
      outcome: 'complaint',
      summary: 'Late',
      notes: '',
      private: false,
      feedback: emptyFeedback(),
    });
    expect(saved.at).toBe('2026-11-29T20:30:00.000Z');
  });

  it('fast-check: the same moment written with any offset lands in the same week, on the same day, in every view', async () => {
    const from = Date.parse('2025-01-01T00:00:00Z');
    const to = Date.parse('2027-12-31T00:00:00Z');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: from / 60_000, max: to / 60_000 }).map((m) => m * 60_000),
        // Real offsets run from −12:00 to +14:00, in quarter hours.
        fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
        fc.boolean(),
        async (ms, offset, millis) => {
          await resetDb();
          const file = loadFixture();
          const conversation = file.data.conversations[0]!;
          conversation.at = withOffset(ms, offset, millis);
          const parsed = await parseBackup(await reseal(file));
          await replaceJournal(parsed.data);
          const id = conversation.id as string;
          const clientId = conversation.clientId as string;
          const moment = new Date(ms);

          const weekStart = startOfISOWeek(moment);
          const week = { from: weekStart.toISOString(), to: addWeeks(weekStart, 1).toISOString() };
          const dayStart = startOfDay(moment);
          const day = { from: dayStart.toISOString(), to: addDays(dayStart, 1).toISOString() };

          expect((await listConversations(week)).map((c) => c.id)).toContain(id);
          expect((await listConversations({ ...week, clientId })).map((c) => c.id)).toContain(id);
          expect((await readConversationsForExport(day.from, day.to)).map((c) => c.id)).toContain(id);
          const stored = (await listConversations(day)).find((c) => c.id === id);
          expect(stored?.at).toBe(moment.toISOString());
          expect(localDateOf(stored!.at)).toBe(localDateOf(moment.toISOString()));
        },
      ),
      { numRuns: 25 },
    );
  });
});
