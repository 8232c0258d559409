/** The sample journal's conversations: how many per client, when, and what was said. */
import type { Channel, Conversation, Criterion, CriterionMark, Direction, Feedback, Outcome } from '../domain/types';
import { type ClientPlan, type Context, fill, type Timed } from './context';
import { DAY_MS, HOUR_MS, iso, isWeekend, localMidnight, MINUTE_MS } from './dates';
import {
  DISLIKES,
  LIKES,
  NOTE_SENTENCES,
  SUMMARY_TEMPLATES,
  TOPICS,
  WHY_STAY,
  type SampleLanguage,
} from './vocabulary';

const OUTCOME_WEIGHTS: readonly (readonly [Outcome, number])[] = [
  ['satisfied', 70],
  ['neutral', 22],
  ['complaint', 8],
];

const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['call', 34],
  ['meeting', 15],
  ['video', 12],
  ['email', 15],
  ['message', 13],
  ['visit', 6],
  ['event', 5],
];

/** Some criteria are criticised more often, so the dashboard has a clear "three weakest". */
const CRITERION_WEIGHTS: Record<Criterion, number> = {
  competence: 10,
  accessibility: 14,
  courtesy: 8,
  reliability: 13,
  security: 4,
  responsibility: 9,
  communication: 15,
  understanding: 10,
  tangibles: 5,
};
const CRITERION_ENTRIES = Object.entries(CRITERION_WEIGHTS) as [Criterion, number][];

/** Every client gets at least one conversation; the rest follow activity × relationship length. */
export function assignConversationCounts(plans: ClientPlan[], total: number, nowMs: number): void {
  const spare = total - plans.length;
  const shares = plans.map((p) => p.weight * Math.max(DAY_MS, nowMs - p.sinceMs));
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (s / sum) * spare);
  let assigned = 0;
  plans.forEach((p, i) => {
    const n = Math.floor(exact[i] ?? 0);
    p.conversationCount = 1 + n;
    assigned += n;
  });
  // Largest remainders take the few left over, so the total is exact.
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < spare - assigned; k++) {
    const entry = order[k % order.length];
    const plan = entry ? plans[entry[1]] : undefined;
    if (plan) plan.conversationCount++;
  }
}

/** A moment in working hours on a working day (mostly), in the director's time zone. */
function pickMoment(ctx: Context, fromMs: number): number {
  const { random, nowMs, offsetMs } = ctx;
  for (let attempt = 0; attempt < 20; attempt++) {
    // Slightly more conversations in recent years: the business grows.
    const t = fromMs + (nowMs - fromMs) * Math.pow(random.next(), 0.85);
    const midnight = localMidnight(offsetMs, t);
    if (isWeekend(midnight) && !random.chance(0.12)) continue;
    const hour = random.chance(0.93)
      ? random.weighted([
          [9, 6],
          [10, 10],
          [11, 11],
          [12, 9],
          [13, 6],
          [14, 9],
          [15, 10],
          [16, 9],
          [17, 7],
          [18, 4],
        ] as const)
      : random.pick([7, 8, 19, 20, 21]);
    const local = midnight + hour * HOUR_MS + random.int(0, 11) * 5 * MINUTE_MS;
    const ms = local - offsetMs;
    if (ms >= fromMs && ms <= nowMs - 5 * MINUTE_MS) return ms;
  }
  return Math.max(fromMs, nowMs - 5 * DAY_MS);
}

function makeFeedback(ctx: Context, language: SampleLanguage, outcome: Outcome): Feedback {
  const { random } = ctx;
  const criteria: Feedback['criteria'] = {};
  if (random.chance(0.3)) {
    const count = random.int(1, 3);
    for (let i = 0; i < count; i++) {
      const criterion = random.weighted(CRITERION_ENTRIES);
      const criticised =
        outcome === 'complaint'
          ? random.chance(0.9)
          : outcome === 'neutral'
            ? random.chance(0.45)
            : random.chance(0.12);
      const mark: CriterionMark = criticised ? 'criticised' : 'praised';
      criteria[criterion] = mark;
    }
  }
  const asked = random.chance(0.12);
  return {
    whyStay: asked && outcome !== 'complaint' ? random.pick(WHY_STAY[language]) : '',
    likes: asked && random.chance(0.8) ? random.pick(LIKES[language]) : '',
    dislikes: asked && (outcome !== 'satisfied' || random.chance(0.4)) ? random.pick(DISLIKES[language]) : '',
    incognito: random.chance(0.03),
    criteria,
  };
}

export function makeConversation(ctx: Context, plan: ClientPlan, fromMs: number): Timed {
  const { random } = ctx;
  const { language } = plan;
  const atMs = pickMoment(ctx, fromMs);
  const outcome = random.weighted(OUTCOME_WEIGHTS);
  const channel = random.weighted(CHANNEL_WEIGHTS);
  const direction: Direction = random.chance(outcome === 'complaint' ? 0.8 : channel === 'event' ? 0.3 : 0.45)
    ? 'inbound'
    : 'outbound';
  const topic = random.pick(TOPICS[language]);
  const summary = fill(random.pick(SUMMARY_TEMPLATES[language][outcome]), { topic });
  const noteCount = random.weighted([
    [0, 35],
    [1, 40],
    [2, 20],
    [3, 5],
  ] as const);
  const notes: string[] = [];
  for (let i = 0; i < noteCount; i++) notes.push(random.pick(NOTE_SENTENCES[language]));
  // Logged a few minutes after hanging up.
  const createdMs = Math.min(ctx.nowMs, atMs + random.int(2, 40) * MINUTE_MS);
  const created = iso(createdMs);
  const conversation: Conversation = {
    id: random.uuid(),
    createdAt: created,
    updatedAt: created,
    deletedAt: null,
    clientId: plan.client.id,
    at: iso(atMs),
    channel,
    direction,
    outcome,
    summary,
    notes: notes.join(' '),
    private: random.chance(0.05),
    feedback: makeFeedback(ctx, language, outcome),
  };
  return { atMs, id: conversation.id, conversation };
}
