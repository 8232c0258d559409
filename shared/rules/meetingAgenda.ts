/**
 * The meeting agenda (PRODUCT.md "Meeting agenda", seed 000: "we discuss this at meetings"):
 * what clients said in a period about why they stay, what they like and dislike, grouped by the
 * nine service criteria and by recurring words, with counts and the clients who said it; the
 * three weakest criteria; the disputes of the period by root cause. Pure: the caller passes
 * records already cleared by the privacy filter, and the period.
 */
import {
  CRITERIA,
  ROOT_CAUSES,
  type CalendarDate,
  type Criterion,
  type CriterionMark,
  type DisputeStatus,
  type RootCause,
} from '../domain/types';
import type { MsRange } from './balance';
import { tallyCriteria, weakestCriteria } from './criteria';
import {
  recurringWords,
  STATEMENT_KINDS,
  type RecurringWord,
  type Statement,
  type StatementKind,
} from './recurringWords';

/** How many recurring words an agenda lists. */
export const AGENDA_WORD_LIMIT = 15;

export interface AgendaConversation {
  id: string;
  clientId: string;
  at: string;
  deletedAt: string | null;
  feedback: {
    whyStay: string;
    likes: string;
    dislikes: string;
    criteria: Partial<Record<Criterion, CriterionMark>>;
  };
}

export interface AgendaDispute {
  id: string;
  clientId: string;
  title: string;
  openedOn: CalendarDate;
  rootCause: RootCause;
  status: DisputeStatus;
  private: boolean;
  deletedAt: string | null;
}

export interface AgendaStatement extends Statement {
  atMs: number;
}

export interface AgendaCriterion {
  criterion: Criterion;
  /** Conversations that praised / criticised it, and who. */
  praised: number;
  criticised: number;
  praisedBy: string[];
  criticisedBy: string[];
  /** Likes and reasons to stay said in the conversations that praised it. */
  good: AgendaStatement[];
  /** Dislikes said in the conversations that criticised it. */
  bad: AgendaStatement[];
}

export interface AgendaRootCause {
  rootCause: RootCause;
  disputes: { id: string; clientId: string; title: string; status: DisputeStatus; private: boolean }[];
}

export interface MeetingAgenda {
  range: MsRange;
  /** Conversations of the period that hold any feedback (a statement or a criterion mark). */
  conversations: number;
  statements: Record<StatementKind, AgendaStatement[]>;
  /** The criteria somebody praised or criticised, in the usual order. */
  byCriterion: AgendaCriterion[];
  /** Statements from conversations that marked no criterion. */
  unlinked: AgendaStatement[];
  words: RecurringWord[];
  /** The three weakest criteria (the shared rule, as on the dashboard). */
  weakest: Criterion[];
  /** Disputes opened in the period, by root cause, the biggest first (causes without disputes left out). */
  disputesByRootCause: AgendaRootCause[];
}

function firstSeen(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

export function buildMeetingAgenda(args: {
  /** Already filtered for privacy; deleted ones and those outside the period are ignored. */
  conversations: readonly AgendaConversation[];
  disputes: readonly AgendaDispute[];
  range: MsRange;
  /** Calendar days of the period, for disputes (opened on a date): first and last inclusive. */
  firstDay: CalendarDate;
  lastDay: CalendarDate;
}): MeetingAgenda {
  const inPeriod = args.conversations
    .filter((c) => c.deletedAt === null)
    .map((c) => ({ c, atMs: Date.parse(c.at) }))
    .filter(({ atMs }) => atMs >= args.range.fromMs && atMs < args.range.toMs)
    .sort((a, b) => a.atMs - b.atMs || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));

  const statements: Record<StatementKind, AgendaStatement[]> = { whyStay: [], likes: [], dislikes: [] };
  const byCriterion = new Map<Criterion, AgendaCriterion>();
  const unlinked: AgendaStatement[] = [];
  let withFeedback = 0;

  for (const { c, atMs } of inPeriod) {
    const said = STATEMENT_KINDS.map((kind) => ({ kind, text: (c.feedback[kind] ?? '').trim() }))
      .filter((s) => s.text !== '')
      .map(({ kind, text }): AgendaStatement => ({ conversationId: c.id, clientId: c.clientId, kind, text, atMs }));
    const marks = CRITERIA.filter((k) => c.feedback.criteria[k] !== undefined);
    if (said.length === 0 && marks.length === 0) continue;
    withFeedback++;
    for (const s of said) statements[s.kind].push(s);
    if (marks.length === 0) unlinked.push(...said);
    for (const criterion of marks) {
      let group = byCriterion.get(criterion);
      if (!group) {
        group = { criterion, praised: 0, criticised: 0, praisedBy: [], criticisedBy: [], good: [], bad: [] };
        byCriterion.set(criterion, group);
      }
      if (c.feedback.criteria[criterion] === 'praised') {
        group.praised++;
        firstSeen(group.praisedBy, c.clientId);
        group.good.push(...said.filter((s) => s.kind !== 'dislikes'));
      } else {
        group.criticised++;
        firstSeen(group.criticisedBy, c.clientId);
        group.bad.push(...said.filter((s) => s.kind === 'dislikes'));
      }
    }
  }

  const tally = tallyCriteria(inPeriod.map(({ c }) => ({ criteria: c.feedback.criteria })));
  const disputes = args.disputes.filter(
    (d) => d.deletedAt === null && d.openedOn >= args.firstDay && d.openedOn <= args.lastDay,
  );
  const disputesByRootCause: AgendaRootCause[] = ROOT_CAUSES.map((rootCause) => ({
    rootCause,
    disputes: disputes
      .filter((d) => d.rootCause === rootCause)
      .sort((a, b) => (a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : a.id < b.id ? -1 : 1))
      .map((d) => ({ id: d.id, clientId: d.clientId, title: d.title.trim(), status: d.status, private: d.private })),
  }))
    .filter((group) => group.disputes.length > 0)
    // The biggest cause first: that is what the meeting should talk about; ties keep the usual order.
    .sort(
      (a, b) =>
        b.disputes.length - a.disputes.length || ROOT_CAUSES.indexOf(a.rootCause) - ROOT_CAUSES.indexOf(b.rootCause),
    );

  return {
    range: args.range,
    conversations: withFeedback,
    statements,
    byCriterion: CRITERIA.flatMap((k) => {
      const group = byCriterion.get(k);
      return group ? [group] : [];
    }),
    unlinked,
    words: recurringWords([...statements.whyStay, ...statements.likes, ...statements.dislikes]).slice(
      0,
      AGENDA_WORD_LIMIT,
    ),
    weakest: weakestCriteria(tally, 3),
    disputesByRootCause,
  };
}
