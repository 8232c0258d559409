import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { checkBackup, exportJournal, replaceJournal } from '../../../renderer/db/backup';
import { isBackupDue } from '../../../shared/backup/schedule';
import { pickBackupSettings } from '../../../shared/backup/format';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { emptyFeedback, type Client, type Conversation } from '../../../shared/domain/types';
import { resetDb } from '../db/resetDb';

const CLIENTS = 2000;
// 20 000 keeps the unit suite quick on fake-indexeddb; the chunking is the same at 50 000.
const CONVERSATIONS = 20_000;

function journal() {
  const at = (i: number) => new Date(Date.UTC(2016, 0, 1) + i * 3_600_000).toISOString();
  const clients: Client[] = Array.from({ length: CLIENTS }, (_, i) => ({
    id: `c-${String(i).padStart(5, '0')}`,
    createdAt: at(0),
    updatedAt: at(0),
    deletedAt: null,
    name: `Client ${i}`,
    organization: `Org ${i % 300}`,
    role: '',
    phone: '',
    email: `c${i}@example.test`,
    tags: [],
    vip: i % 50 === 0,
    problem: false,
    notes: '',
    archivedAt: null,
    lastContactAt: null,
    lastOutcome: null,
  }));
  const conversations: Conversation[] = Array.from({ length: CONVERSATIONS }, (_, i) => ({
    id: `v-${String(i).padStart(6, '0')}`,
    createdAt: at(i),
    updatedAt: at(i),
    deletedAt: i % 97 === 0 ? at(i + 1) : null,
    clientId: clients[i % CLIENTS]!.id,
    at: at(i),
    channel: 'call',
    direction: 'outbound',
    outcome: i % 11 === 0 ? 'complaint' : 'satisfied',
    summary: `Conversation number ${i} about the contract renewal and delivery terms`,
    notes: 'Some notes that the director typed right after hanging up.',
    private: false,
    feedback: emptyFeedback(),
  }));
  return { clients, conversations, disputes: [], decisions: [] };
}

describe('a large journal (2 000 clients, 20 000 conversations)', () => {
  beforeAll(async () => {
    await resetDb();
    await replaceJournal(journal());
  }, 120_000);

  it('exports in chunks, pausing for the UI between them, and validates the result', async () => {
    let pauses = 0;
    const phases = new Set<string>();
    const started = performance.now();
    const exported = await exportJournal({
      appVersion: '0.1.0',
      settings: pickBackupSettings(DEFAULT_SETTINGS),
      pause: async () => {
        pauses++;
      },
      onProgress: (phase) => phases.add(phase),
    });
    const exportMs = performance.now() - started;
    expect(exported.counts.conversations).toBe(CONVERSATIONS);
    // 22 000 records in chunks of 2 000: the serialiser gives the UI a turn at least 11 times.
    expect(pauses).toBeGreaterThanOrEqual(11);
    expect([...phases]).toEqual(['reading', 'writing']);

    const checked = performance.now();
    const parsed = await checkBackup(exported.json);
    const checkMs = performance.now() - checked;
    expect(parsed.counts.conversations).toBe(CONVERSATIONS);
    expect(await db.conversations.count()).toBe(CONVERSATIONS);
    console.info(
      `export ${Math.round(exportMs)} ms, ${(exported.json.length / 1e6).toFixed(1)} MB; check ${Math.round(checkMs)} ms`,
    );
  }, 120_000);
});

describe('automatic backup schedule', () => {
  it('is due with no backup yet, or when the last one is at least a day old', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(isBackupDue(null, now)).toBe(true);
    expect(isBackupDue('2026-11-22T10:00:00.000Z', now)).toBe(true);
    expect(isBackupDue('2026-11-22T10:00:01.000Z', now)).toBe(false);
  });
});
