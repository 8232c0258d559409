import { describe, expect, it } from 'vitest';
import { generateSampleJournal, type SampleJournal } from '../../../shared/sample/generate';
import { SAMPLE_SIZES } from '../../../shared/sample/sizes';
import { clientSchema, conversationSchema, decisionSchema, disputeSchema } from '../../../shared/domain/schemas';

const NOW = '2026-11-23T12:00:00.000Z';
const small = (seed: number) => generateSampleJournal({ seed, ...SAMPLE_SIZES.small, now: NOW, utcOffsetMinutes: 180 });
// Large enough for stable shares, small enough to stay quick.
const medium: SampleJournal = generateSampleJournal({
  seed: 7,
  clients: 400,
  years: 10,
  now: NOW,
  utcOffsetMinutes: 180,
});

function share<T>(items: T[], test: (item: T) => boolean): number {
  return items.filter(test).length / items.length;
}

describe('sample journal generator', () => {
  it('is identical for the same seed and different for another seed', () => {
    const a = small(42);
    const b = small(42);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = small(43);
    expect(c.clients[0]?.id).not.toBe(a.clients[0]?.id);
    expect(c.clients.map((x) => x.name)).not.toEqual(a.clients.map((x) => x.name));
  });

  it('makes the requested number of clients and conversations, UUID-shaped ids, all unique', () => {
    const j = small(1);
    expect(j.clients).toHaveLength(50);
    expect(j.conversations).toHaveLength(250); // 2.5 per client-year
    const large = generateSampleJournal({ seed: 1, clients: 200, years: 10, conversations: 5000, now: NOW });
    expect(large.conversations).toHaveLength(5000);
    const ids = [...large.clients, ...large.conversations, ...large.disputes, ...large.decisions].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 500))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('produces records that are valid against the schemas', () => {
    for (const c of medium.clients) expect(clientSchema.safeParse(c).error).toBeUndefined();
    for (const c of medium.conversations) expect(conversationSchema.safeParse(c).error).toBeUndefined();
    for (const d of medium.disputes) expect(disputeSchema.safeParse(d).error).toBeUndefined();
    for (const d of medium.decisions) expect(decisionSchema.safeParse(d).error).toBeUndefined();
  });

  it('keeps referential integrity and each client’s last contact consistent', () => {
    const clientIds = new Set(medium.clients.map((c) => c.id));
    const conversations = new Map(medium.conversations.map((c) => [c.id, c]));
    const disputeIds = new Set(medium.disputes.map((d) => d.id));
    for (const c of medium.conversations) expect(clientIds.has(c.clientId)).toBe(true);
    for (const d of medium.disputes) {
      expect(clientIds.has(d.clientId)).toBe(true);
      for (const id of d.conversationIds) expect(conversations.get(id)?.clientId).toBe(d.clientId);
      expect(conversations.get(d.conversationIds[0] ?? '')?.outcome).toBe('complaint');
    }
    for (const d of medium.decisions) {
      expect(clientIds.has(d.clientId)).toBe(true);
      if (d.conversationId) expect(conversations.get(d.conversationId)?.clientId).toBe(d.clientId);
      if (d.disputeId) expect(disputeIds.has(d.disputeId)).toBe(true);
    }
    const latest = new Map<string, { at: string; outcome: string }>();
    for (const c of medium.conversations) {
      const seen = latest.get(c.clientId);
      if (!seen || c.at > seen.at) latest.set(c.clientId, c);
    }
    for (const client of medium.clients) {
      const last = latest.get(client.id);
      expect(last).toBeDefined();
      expect(client.lastContactAt).toBe(last?.at);
      expect(client.lastOutcome).toBe(last?.outcome);
      expect(client.createdAt <= (last?.at ?? '')).toBe(true);
    }
  });

  it('dates everything inside the requested years, never after now', () => {
    const from = new Date(Date.parse(NOW) - 10 * 365.25 * 86_400_000).toISOString();
    for (const c of medium.conversations) {
      expect(c.at > from && c.at <= NOW).toBe(true);
      expect(c.createdAt >= c.at && c.createdAt <= NOW).toBe(true);
    }
    for (const d of medium.disputes) for (const s of d.statusHistory) expect(s.at <= NOW).toBe(true);
    // Sorted by time, as the loader expects.
    const ats = medium.conversations.map((c) => c.at);
    expect([...ats].sort()).toEqual(ats);
  });

  it('has plausible distributions', () => {
    const conversations = medium.conversations;
    expect(share(conversations, (c) => c.outcome === 'satisfied')).toBeGreaterThan(0.66);
    expect(share(conversations, (c) => c.outcome === 'satisfied')).toBeLessThan(0.74);
    expect(share(conversations, (c) => c.outcome === 'neutral')).toBeGreaterThan(0.18);
    expect(share(conversations, (c) => c.outcome === 'neutral')).toBeLessThan(0.26);
    expect(share(conversations, (c) => c.outcome === 'complaint')).toBeGreaterThan(0.06);
    expect(share(conversations, (c) => c.outcome === 'complaint')).toBeLessThan(0.1);
    const vip = share(medium.clients, (c) => c.vip);
    expect(vip).toBeGreaterThan(0.02);
    expect(vip).toBeLessThan(0.09);
    expect(share(conversations, (c) => c.channel === 'call')).toBeGreaterThan(0.25);
    expect(new Set(conversations.map((c) => c.channel)).size).toBe(7);
    // Working days and hours in the director's time zone (UTC+3).
    const local = conversations.map((c) => new Date(Date.parse(c.at) + 180 * 60_000));
    expect(share(local, (d) => d.getUTCDay() === 0 || d.getUTCDay() === 6)).toBeLessThan(0.06);
    expect(share(local, (d) => d.getUTCHours() >= 9 && d.getUTCHours() < 19)).toBeGreaterThan(0.85);
    // Russian and English people and organisations, mixed.
    const cyrillic = share(medium.clients, (c) => /[а-яё]/i.test(c.name));
    expect(cyrillic).toBeGreaterThan(0.4);
    expect(cyrillic).toBeLessThan(0.7);
    expect(medium.clients.some((c) => /[а-яё]/i.test(c.name) && /^[A-Za-z&.\s]+$/.test(c.organization))).toBe(true);
    // Feedback, privacy, disputes and decisions on a share of the journal.
    const withCriteria = share(conversations, (c) => Object.keys(c.feedback.criteria).length > 0);
    expect(withCriteria).toBeGreaterThan(0.2);
    expect(withCriteria).toBeLessThan(0.4);
    expect(share(conversations, (c) => c.feedback.likes !== '')).toBeGreaterThan(0.05);
    expect(share(conversations, (c) => c.private)).toBeGreaterThan(0.02);
    expect(share(conversations, (c) => c.private)).toBeLessThan(0.08);
    const complaints = conversations.filter((c) => c.outcome === 'complaint').length;
    expect(medium.disputes.length / complaints).toBeGreaterThan(0.3);
    expect(medium.disputes.length / complaints).toBeLessThan(0.6);
    expect(medium.disputes.some((d) => d.status === 'resolved' && d.plan.every((s) => s.done) && d.resolution)).toBe(
      true,
    );
    expect(medium.disputes.some((d) => d.status !== 'resolved')).toBe(true);
    const statuses = new Set(medium.decisions.map((d) => d.status));
    for (const s of ['pending', 'kept', 'broken', 'changed']) expect(statuses.has(s as never)).toBe(true);
    const today = NOW.slice(0, 10);
    expect(medium.decisions.some((d) => d.status === 'pending' && d.due !== null && d.due < today)).toBe(true);
  });
});
