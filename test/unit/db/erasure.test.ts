import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../renderer/db/clients';
import {
  deleteConversation,
  getConversation,
  listConversationDecisions,
  logConversation,
  restoreConversation,
} from '../../../renderer/db/conversations';
import { db } from '../../../renderer/db/db';
import { eraseExpiredDeletions } from '../../../renderer/db/erasure';
import { exportJournal } from '../../../renderer/db/backup';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { pickBackupSettings } from '../../../shared/backup/format';
import { emptyFeedback } from '../../../shared/domain/types';
import { eraseExpired, isPastErasureWindow } from '../../../shared/rules/erasure';
import { resetDb } from './resetDb';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-10-01T09:00:00.000Z');
const SECRET = 'Merger with Omega, price 4.2M';
const NOTE = 'Call him before the board meets';
const PROMISE = 'Exclusive discount';

async function logAndDelete() {
  const client = await createClient({ name: 'Oleg' });
  const conversation = await logConversation(
    {
      clientId: client.id,
      at: '2026-09-30T10:00:00.000Z',
      channel: 'meeting',
      direction: 'outbound',
      outcome: 'satisfied',
      summary: SECRET,
      notes: NOTE,
      private: true,
      feedback: { ...emptyFeedback(), likes: 'Fast answers', whyStay: 'Trust' },
    },
    {
      decisions: [
        { decision: PROMISE, promised: 'Yes', owner: 'me', due: '2026-10-10', status: 'pending', note: NOTE },
      ],
    },
  );
  await deleteConversation(conversation.id);
  return { client, conversation };
}

const settingsAt = (days = 30) => pickBackupSettings({ ...DEFAULT_SETTINGS, eraseDeletedAfterDays: days });

describe('deleted means gone', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    await resetDb();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the window: deleted more than N days ago', () => {
    const deletedAt = new Date(T0).toISOString();
    expect(isPastErasureWindow(null, T0 + 400 * DAY, 30)).toBe(false);
    expect(isPastErasureWindow(deletedAt, T0 + 30 * DAY, 30)).toBe(false);
    expect(isPastErasureWindow(deletedAt, T0 + 30 * DAY + 1, 30)).toBe(true);
    expect(isPastErasureWindow(deletedAt, T0 + 8 * DAY, 7)).toBe(true);
  });

  it('keeps the text inside the window, so Undo still works', async () => {
    const { conversation } = await logAndDelete();
    vi.setSystemTime(T0 + 29 * DAY);
    expect(await eraseExpiredDeletions(Date.now(), 30)).toBe(0);
    await restoreConversation(conversation.id);
    expect((await getConversation(conversation.id))?.summary).toBe(SECRET);
    expect((await listConversationDecisions(conversation.id)).map((d) => d.decision)).toEqual([PROMISE]);
  });

  it('erases the text past the window in place, keeping only the id and the deletion time', async () => {
    const { client, conversation } = await logAndDelete();
    const live = await logConversation({
      clientId: client.id,
      at: '2026-09-29T10:00:00.000Z',
      channel: 'call',
      direction: 'inbound',
      outcome: 'neutral',
      summary: 'Still here',
      notes: 'Live note',
      private: false,
      feedback: emptyFeedback(),
    });
    const deletedAt = (await db.conversations.get(conversation.id))!.deletedAt;
    vi.setSystemTime(T0 + 31 * DAY);
    expect(await eraseExpiredDeletions(Date.now(), 30)).toBe(2);
    const erased = (await db.conversations.get(conversation.id))!;
    expect(erased).toMatchObject({ id: conversation.id, deletedAt, summary: '', notes: '', feedback: emptyFeedback() });
    const decision = (await db.decisions.where('conversationId').equals(conversation.id).first())!;
    expect(decision.deletedAt).toBe(deletedAt);
    const stored = JSON.stringify(await Promise.all([db.conversations.toArray(), db.decisions.toArray()]));
    for (const text of [SECRET, NOTE, PROMISE, 'Fast answers', 'Trust']) expect(stored).not.toContain(text);
    // Live entries are untouched; a second run has nothing left to do.
    expect((await getConversation(live.id))?.notes).toBe('Live note');
    expect(await eraseExpiredDeletions(Date.now(), 30)).toBe(0);
  });

  it('follows the setting', async () => {
    await logAndDelete();
    vi.setSystemTime(T0 + 8 * DAY);
    expect(await eraseExpiredDeletions(Date.now(), 30)).toBe(0);
    expect(await eraseExpiredDeletions(Date.now(), 7)).toBe(2);
  });

  it('a backup carries entries deleted within the window, and no text of those deleted beyond it', async () => {
    await logAndDelete();
    vi.setSystemTime(T0 + 10 * DAY);
    const recent = await exportJournal({ appVersion: 'test', settings: settingsAt(), now: new Date() });
    expect(recent.json).toContain(SECRET);
    // Past the window, even before the erasure has run.
    vi.setSystemTime(T0 + 31 * DAY);
    const old = await exportJournal({ appVersion: 'test', settings: settingsAt(), now: new Date() });
    for (const text of [SECRET, NOTE, PROMISE]) expect(old.json).not.toContain(text);
    expect(old.counts.conversations).toBe(1);
  });

  it('erasing is idempotent', async () => {
    await logAndDelete();
    const journal = {
      clients: await db.clients.toArray(),
      conversations: await db.conversations.toArray(),
      disputes: await db.disputes.toArray(),
      decisions: await db.decisions.toArray(),
    };
    const once = eraseExpired(journal, T0 + 40 * DAY, 30);
    expect(eraseExpired(once, T0 + 40 * DAY, 30)).toEqual(once);
    expect(once.clients).toEqual(journal.clients);
  });
});
