/** The sample journal's disputes, opened from some complaints. */
import type {
  Conversation,
  Dispute,
  DisputeStatus,
  PlanStep,
  RootCause,
  Severity,
  StatusChange,
} from '../domain/types';
import { type Context, fill } from './context';
import { addDays, DAY_MS, iso, localDate, MINUTE_MS } from './dates';
import type { Random } from './random';
import {
  DISPUTE_TITLES,
  NOTE_SENTENCES,
  OWNERS,
  PLAN_STEPS,
  RESOLUTIONS,
  WHAT_WENT_WRONG,
  type SampleLanguage,
} from './vocabulary';

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

export function makeDispute(
  ctx: Context,
  language: SampleLanguage,
  complaint: Conversation,
  followUp: Conversation | undefined,
): Dispute {
  const { random, nowMs } = ctx;
  const complaintMs = Date.parse(complaint.at);
  const openedMs = Math.min(nowMs, complaintMs + random.int(10, 120) * MINUTE_MS);
  const openedOn = localDate(ctx.offsetMs, openedMs);
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
