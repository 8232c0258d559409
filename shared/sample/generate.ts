/**
 * The sample journal: a realistic, deterministic journal for trying the app and for the
 * benchmark. The same options give byte-identical records on every machine: everything comes
 * from one seeded generator, and dates are computed in UTC with an explicit offset, never from
 * the local time zone.
 */
import type { Client, Conversation, Decision, Dispute } from '../domain/types';
import { compareByTime } from '../rules/balance';
import { makeClient, makeOrganizations } from './clients';
import type { ClientPlan, Context, Timed } from './context';
import { assignConversationCounts, makeConversation } from './conversations';
import { DAY_MS, iso, MINUTE_MS } from './dates';
import { makeDecision } from './decisions';
import { makeDispute } from './disputes';
import { createRandom } from './random';
import type { SampleLanguage } from './vocabulary';

export interface SampleOptions {
  seed: number;
  /** Number of clients. */
  clients: number;
  /** Years of history before `now`. */
  years: number;
  /** The end of the history; nothing is dated after it. */
  now: Date | string;
  /** Total conversations; default 2.5 per client per year (2 000 clients × 10 years = 50 000). */
  conversations?: number;
  /** Offset of the director's time zone from UTC in minutes (e.g. 180 for Moscow), for working hours and calendar dates. */
  utcOffsetMinutes?: number;
}

export interface SampleJournal {
  clients: Client[];
  conversations: Conversation[];
  disputes: Dispute[];
  decisions: Decision[];
}

export function generateSampleJournal(options: SampleOptions): SampleJournal {
  const random = createRandom(options.seed);
  const nowMs = typeof options.now === 'string' ? Date.parse(options.now) : options.now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error('generateSampleJournal: invalid now');
  const offsetMs = (options.utcOffsetMinutes ?? 0) * MINUTE_MS;
  const clientCount = Math.max(1, Math.floor(options.clients));
  const spanMs = Math.max(1, options.years) * 365.25 * DAY_MS;
  const startMs = nowMs - spanMs;
  const totalConversations = Math.max(
    clientCount,
    Math.round(options.conversations ?? clientCount * options.years * 2.5),
  );
  const ctx: Context = { random, nowMs, offsetMs };

  // Clients: a pool of organisations shared by several people, mixed languages.
  const organizations = makeOrganizations(random, Math.max(1, Math.round(clientCount * 0.6)));
  const plans: ClientPlan[] = [];
  for (let i = 0; i < clientCount; i++) {
    const language: SampleLanguage = random.chance(0.55) ? 'ru' : 'en';
    const vip = random.chance(0.05);
    // A third of the clients were there from the start; the rest arrived over the years.
    const sinceMs = random.chance(0.33) ? startMs : startMs + random.next() * spanMs * 0.95;
    const weight = Math.exp(random.normal() * 0.7) * (vip ? 2.5 : 1);
    plans.push({
      client: makeClient(ctx, language, vip, organizations),
      language,
      sinceMs,
      weight,
      conversationCount: 1,
    });
  }
  assignConversationCounts(plans, totalConversations, nowMs);

  // Conversations, per client, then sorted by time.
  const timed: Timed[] = [];
  const byClient = new Map<string, Timed[]>();
  for (const plan of plans) {
    const own: Timed[] = [];
    for (let k = 0; k < plan.conversationCount; k++) {
      own.push(makeConversation(ctx, plan, plan.sinceMs));
    }
    own.sort(compareByTime);
    byClient.set(plan.client.id, own);
    for (const t of own) timed.push(t);
    const first = own[0];
    const last = own[own.length - 1]?.conversation;
    if (first && last) {
      const createdMs = Math.max(startMs - 30 * DAY_MS, first.atMs - random.int(0, 30) * DAY_MS);
      plan.client.createdAt = iso(createdMs);
      plan.client.updatedAt = last.createdAt;
      plan.client.lastContactAt = last.at;
      plan.client.lastOutcome = last.outcome;
    }
  }
  timed.sort(compareByTime);
  const conversations = timed.map((t) => t.conversation);

  // Disputes from some complaints, decisions from some conversations and disputes.
  const languageOf = new Map(plans.map((p) => [p.client.id, p.language]));
  const disputes: Dispute[] = [];
  const decisions: Decision[] = [];
  for (const { conversation, atMs } of timed) {
    const language = languageOf.get(conversation.clientId) ?? 'en';
    if (conversation.outcome === 'complaint' && random.chance(0.45)) {
      const followUp = (byClient.get(conversation.clientId) ?? []).find((c) => c.atMs > atMs)?.conversation;
      const dispute = makeDispute(ctx, language, conversation, followUp);
      disputes.push(dispute);
      if (dispute.plan.length > 0 && random.chance(0.3)) {
        decisions.push(makeDecision(ctx, language, conversation, dispute.id));
      }
    }
    const decisionChance =
      conversation.outcome === 'complaint'
        ? 0.3
        : conversation.channel === 'meeting' || conversation.channel === 'visit'
          ? 0.18
          : 0.07;
    if (random.chance(decisionChance)) decisions.push(makeDecision(ctx, language, conversation, null));
  }

  return { clients: plans.map((p) => p.client), conversations, disputes, decisions };
}
