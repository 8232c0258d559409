/**
 * The sample journal: a realistic, deterministic journal for trying the app and for the
 * benchmark. The same options give byte-identical records on every machine: everything comes
 * from one seeded generator, and dates are computed in UTC with an explicit offset, never from
 * the local time zone.
 */
import type {
  Channel,
  Client,
  Conversation,
  Criterion,
  CriterionMark,
  Decision,
  DecisionStatus,
  Direction,
  Dispute,
  DisputeStatus,
  Feedback,
  Outcome,
  PlanStep,
  RootCause,
  Severity,
  StatusChange,
} from '../domain/types';
import { compareByTime } from '../rules/balance';
import { buildDecision, decisionChanges } from '../rules/decisions';
import { createRandom, type Random } from './random';
import {
  CLIENT_NOTES,
  DECISION_NOTES,
  DECISIONS,
  DISLIKES,
  DISPUTE_TITLES,
  EN_FEMALE_FIRST,
  EN_LAST,
  EN_MALE_FIRST,
  EN_ORG_FORMS,
  EN_ORG_HEADS,
  EN_ORG_TAILS,
  LIKES,
  NOTE_SENTENCES,
  OWNERS,
  PLAN_STEPS,
  RESOLUTIONS,
  ROLES,
  RU_FEMALE_FIRST,
  RU_LAST,
  RU_MALE_FIRST,
  RU_ORG_FORMS,
  RU_ORG_HEADS,
  RU_ORG_TAILS,
  SUMMARY_TEMPLATES,
  TAGS,
  TOPICS,
  WHAT_WENT_WRONG,
  WHY_STAY,
  russianFemaleSurname,
  transliterate,
  type SampleLanguage,
} from './vocabulary';

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

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

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

interface ClientPlan {
  client: Client;
  language: SampleLanguage;
  /** Start of the relationship (ms). */
  sinceMs: number;
  weight: number;
  conversationCount: number;
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

interface Context {
  random: Random;
  nowMs: number;
  offsetMs: number;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `yyyy-MM-dd` of a UTC day number (days since 1970-01-01), after Howard Hinnant's
 * civil_from_days. Hand-written because `Date#toISOString` dominated the generator's profile
 * (hundreds of thousands of calls for the large journal).
 */
function dateOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** The stored instant form, `2026-11-23T12:04:00.000Z` (same as `toISOString`). */
function iso(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / HOUR_MS);
  rest -= h * HOUR_MS;
  const min = Math.floor(rest / MINUTE_MS);
  rest -= min * MINUTE_MS;
  const sec = Math.floor(rest / 1000);
  const milli = Math.floor(rest - sec * 1000);
  return `${dateOfDay(day)}T${pad2(h)}:${pad2(min)}:${pad2(sec)}.${String(milli).padStart(3, '0')}Z`;
}

/** Calendar date in the director's time zone. */
function localDate(ctx: Context, ms: number): string {
  return dateOfDay(Math.floor((ms + ctx.offsetMs) / DAY_MS));
}

function addDays(date: string, days: number): string {
  return dateOfDay(Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS) + days);
}

/** Conversations with their time as a number, so sorting 50 000 of them stays cheap. */
interface Timed {
  atMs: number;
  id: string;
  conversation: Conversation;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** Every client gets at least one conversation; the rest follow activity × relationship length. */
function assignConversationCounts(plans: ClientPlan[], total: number, nowMs: number): void {
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

type Organizations = Record<SampleLanguage | 'all', string[]>;

function makeOrganizations(random: Random, count: number): Organizations {
  const seen = new Set<string>();
  const list: Organizations = { all: [], ru: [], en: [] };
  for (let attempt = 0; list.all.length < count && attempt < count * 20; attempt++) {
    const language: SampleLanguage = random.chance(0.55) ? 'ru' : 'en';
    let name: string;
    if (language === 'ru') {
      name = `${random.pick(RU_ORG_FORMS)} «${random.pick(RU_ORG_HEADS)}${random.pick(RU_ORG_TAILS)}»`;
    } else if (random.chance(0.2)) {
      name = `${random.pick(EN_LAST)} & ${random.pick(EN_LAST)} ${random.pick(EN_ORG_FORMS)}`;
    } else {
      name = `${random.pick(EN_ORG_HEADS)} ${random.pick(EN_ORG_TAILS)} ${random.pick(EN_ORG_FORMS)}`;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    list.all.push(name);
    list[language].push(name);
  }
  return list;
}

function makeClient(ctx: Context, language: SampleLanguage, vip: boolean, organizations: Organizations): Client {
  const { random } = ctx;
  const female = random.chance(0.45);
  let first: string;
  let last: string;
  if (language === 'ru') {
    first = random.pick(female ? RU_FEMALE_FIRST : RU_MALE_FIRST);
    const male = random.pick(RU_LAST);
    last = female ? russianFemaleSurname(male) : male;
  } else {
    first = random.pick(female ? EN_FEMALE_FIRST : EN_MALE_FIRST);
    last = random.pick(EN_LAST);
  }
  // Mostly people from an organisation of their language, some mixed; a few private persons.
  const sameLanguage = organizations[language];
  const org = random.chance(0.06)
    ? ''
    : random.pick(random.chance(0.85) && sameLanguage.length > 0 ? sameLanguage : organizations.all);
  const domain = org
    ? `${transliterate(org).slice(0, 14) || 'company'}.${language === 'ru' ? 'ru' : 'com'}`
    : 'mail.example';
  const phone =
    language === 'ru'
      ? `+7 9${random.int(10, 99)} ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`
      : `+44 20 ${random.int(1000, 9999)} ${random.int(1000, 9999)}`;
  const tagCount = random.weighted([
    [0, 4],
    [1, 4],
    [2, 2],
  ] as const);
  const tags: string[] = [];
  for (let i = 0; i < tagCount; i++) {
    const tag = random.pick(TAGS[language]);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return {
    id: random.uuid(),
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    name: `${first} ${last}`,
    organization: org,
    role: random.chance(0.8) ? random.pick(ROLES[language]) : '',
    phone: random.chance(0.9) ? phone : '',
    email: random.chance(0.85) ? `${transliterate(first)}.${transliterate(last)}@${domain}` : '',
    tags,
    vip,
    problem: false,
    notes: random.chance(0.25) ? random.pick(CLIENT_NOTES[language]) : '',
    archivedAt: null,
    lastContactAt: null,
    lastOutcome: null,
  };
}

/** A moment in working hours on a working day (mostly), in the director's time zone. */
function pickMoment(ctx: Context, fromMs: number): number {
  const { random, nowMs, offsetMs } = ctx;
  for (let attempt = 0; attempt < 20; attempt++) {
    // Slightly more conversations in recent years: the business grows.
    const t = fromMs + (nowMs - fromMs) * Math.pow(random.next(), 0.85);
    const localMidnight = Math.floor((t + offsetMs) / DAY_MS) * DAY_MS;
    const weekday = new Date(localMidnight).getUTCDay();
    if ((weekday === 0 || weekday === 6) && !random.chance(0.12)) continue;
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
    const local = localMidnight + hour * HOUR_MS + random.int(0, 11) * 5 * MINUTE_MS;
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

function makeConversation(ctx: Context, plan: ClientPlan, fromMs: number): Timed {
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

function disputeStatusFor(random: Random, ageDays: number): DisputeStatus {
  if (ageDays > 90)
    return random.weighted([
      ['resolved', 92],
      ['inCorrection', 5],
      ['open', 3],
    ] as const);
  if (ageDays > 14)
    return random.weighted([
      ['resolved', 50],
      ['inCorrection', 35],
      ['open', 15],
    ] as const);
  return random.weighted([
    ['resolved', 10],
    ['inCorrection', 40],
    ['open', 50],
  ] as const);
}

function makeDispute(
  ctx: Context,
  language: SampleLanguage,
  complaint: Conversation,
  followUp: Conversation | undefined,
): Dispute {
  const { random, nowMs } = ctx;
  const complaintMs = Date.parse(complaint.at);
  const openedMs = Math.min(nowMs, complaintMs + random.int(10, 120) * MINUTE_MS);
  const openedOn = localDate(ctx, openedMs);
  const status = disputeStatusFor(random, (nowMs - complaintMs) / DAY_MS);
  const history: StatusChange[] = [{ status: 'open', at: iso(openedMs) }];
  let lastMs = openedMs;
  if (status !== 'open') {
    lastMs = Math.min(nowMs, lastMs + random.int(1, 5) * DAY_MS);
    history.push({ status: 'inCorrection', at: iso(lastMs) });
  }
  if (status === 'resolved') {
    lastMs = Math.min(nowMs, lastMs + random.int(3, 40) * DAY_MS);
    history.push({ status: 'resolved', at: iso(lastMs) });
  }
  const stepCount = status === 'open' ? random.int(0, 1) : random.int(1, 4);
  const plan: PlanStep[] = [];
  for (let i = 0; i < stepCount; i++) {
    plan.push({
      id: random.uuid(),
      text: random.pick(PLAN_STEPS[language]),
      owner: random.pick(OWNERS[language]),
      due: random.chance(0.85) ? addDays(openedOn, 3 + i * random.int(3, 10)) : null,
      done: status === 'resolved' ? true : status === 'inCorrection' ? random.chance(0.4) : false,
    });
  }
  const rootCause: RootCause = random.weighted([
    ['misunderstood', 28],
    ['failedToExplain', 30],
    ['defect', 27],
    ['exaggerated', 8],
    ['other', 7],
  ] as const);
  const severity: Severity = random.weighted([
    ['low', 35],
    ['medium', 45],
    ['high', 20],
  ] as const);
  const conversationIds = [complaint.id];
  if (followUp && random.chance(0.3)) conversationIds.push(followUp.id);
  return {
    id: random.uuid(),
    createdAt: iso(openedMs),
    updatedAt: iso(lastMs),
    deletedAt: null,
    clientId: complaint.clientId,
    title: fill(random.pick(DISPUTE_TITLES[language]), { n: String(random.int(1000, 9999)) }),
    openedOn,
    rootCause,
    severity,
    whatWentWrong: random.pick(WHAT_WENT_WRONG[language]),
    resolution: status === 'resolved' ? random.pick(RESOLUTIONS[language]) : '',
    notes: random.chance(0.3) ? random.pick(NOTE_SENTENCES[language]) : '',
    private: random.chance(0.05),
    status,
    statusHistory: history,
    conversationIds,
    plan,
  };
}

function makeDecision(
  ctx: Context,
  language: SampleLanguage,
  conversation: Conversation,
  disputeId: string | null,
): Decision {
  const { random, nowMs } = ctx;
  const atMs = Date.parse(conversation.at);
  const decidedOn = localDate(ctx, atMs);
  const due = random.chance(0.8) ? addDays(decidedOn, random.int(3, 45)) : null;
  const today = localDate(ctx, nowMs);
  const settled = (due ?? addDays(decidedOn, 30)) < today;
  const status: DecisionStatus = settled
    ? random.weighted([
        ['kept', 72],
        ['changed', 8],
        ['broken', 8],
        ['pending', 12],
      ] as const)
    : random.weighted([
        ['pending', 85],
        ['kept', 15],
      ] as const);
  const [decision, promised] = random.pick(DECISIONS[language]);
  const createdMs = Math.min(nowMs, Date.parse(conversation.createdAt) + MINUTE_MS);
  const updatedMs = status === 'pending' ? createdMs : Math.min(nowMs, createdMs + random.int(1, 40) * DAY_MS);
  const base = { id: random.uuid(), createdAt: iso(createdMs), updatedAt: iso(createdMs), deletedAt: null };
  const taken = buildDecision(
    {
      clientId: conversation.clientId,
      conversationId: conversation.id,
      disputeId,
      decidedOn,
      decision,
      promised,
      owner: random.pick(OWNERS[language]),
      due,
      status: 'pending',
      note: random.chance(0.3) ? random.pick(DECISION_NOTES[language]) : '',
    },
    base,
  );
  // Taken pending; judged (kept, changed, broken) when it was last updated.
  return status === 'pending' ? taken : { ...taken, ...decisionChanges(taken, { status }, iso(updatedMs)) };
}
