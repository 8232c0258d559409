/** The sample journal's decisions, taken in some conversations and disputes. */
import type { Conversation, Decision, DecisionStatus } from '../domain/types';
import { buildDecision, decisionChanges } from '../rules/decisions';
import type { Context } from './context';
import { addDays, DAY_MS, iso, localDate, MINUTE_MS } from './dates';
import { DECISION_NOTES, DECISIONS, OWNERS, type SampleLanguage } from './vocabulary';

export function makeDecision(
  ctx: Context,
  language: SampleLanguage,
  conversation: Conversation,
  disputeId: string | null,
): Decision {
  const { random, nowMs } = ctx;
  const atMs = Date.parse(conversation.at);
  const decidedOn = localDate(ctx.offsetMs, atMs);
  const due = random.chance(0.8) ? addDays(decidedOn, random.int(3, 45)) : null;
  const today = localDate(ctx.offsetMs, nowMs);
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
