/**
 * The weekly summary's types: what the model takes in and what every format renders. The model
 * is built in `model.ts` from one builder per section (`sections/`).
 */
import type { AgendaSection } from '../agenda/types';
import type {
  CalendarDate,
  Channel,
  Client,
  Conversation,
  Criterion,
  Decision,
  Direction,
  Dispute,
  DisputeStatus,
  Outcome,
} from '../domain/types';
import type { Language } from '../domain/settings';
import type { BalanceConversation } from '../rules/balance';

/** A compact conversation row (the conversation index's rows fit). */
export interface SummaryJournalRow extends BalanceConversation {
  private: boolean;
}

export interface WeeklySummaryInput {
  /** ISO week key, `2026-W48`. */
  week: string;
  /** The week's conversations (full records); others and tombstones are ignored. */
  conversations: readonly Conversation[];
  /**
   * Every live conversation as compact rows: the call list at week end is computed from them,
   * and decisions taken in a private conversation of another week are recognised by them.
   */
  journal: readonly SummaryJournalRow[];
  /** Clients referenced by the conversations, disputes and decisions, plus call-list candidates. */
  clients: readonly Client[];
  disputes: readonly Dispute[];
  decisions: readonly Decision[];
  /** The ten-to-one target T. */
  target: number;
  /**
   * Now, when the summary is made: the current week is then "in progress" and read as of now.
   * Without it the week is read as complete (as of its end).
   */
  nowMs?: number;
}

export interface WeeklySummaryOptions {
  includePrivate: boolean;
  language: Language;
}

export interface CountRow<K extends string> {
  key: K;
  label: string;
  count: number;
  /** Share of the week's conversations, display-ready ("40%"). */
  share: string;
}

export interface Figure {
  key:
    'conversations' | 'satisfied' | 'neutral' | 'complaints' | 'ratio' | 'owed' | 'openDisputes' | 'overdueDecisions';
  label: string;
  value: string;
  tone: 'default' | 'good' | 'bad' | 'warning';
}

export interface SummaryConversation {
  id: string;
  atMs: number;
  /** Display date and time, e.g. "Mon 23 Nov, 14:05". */
  date: string;
  /** Sortable local date-time, `2026-11-23 14:05` (CSV). */
  dateTime: string;
  client: string;
  organization: string;
  channel: Channel;
  channelLabel: string;
  direction: Direction;
  directionLabel: string;
  outcome: Outcome;
  outcomeLabel: string;
  summary: string;
  private: boolean;
  incognito: boolean;
  criteriaPraised: string[];
  criteriaCriticised: string[];
}

export interface SummaryDispute {
  id: string;
  title: string;
  client: string;
  openedOn: string;
  status: DisputeStatus;
  statusLabel: string;
  severityLabel: string;
  rootCauseLabel: string;
  planDone: number;
  planTotal: number;
  overdueSteps: number;
  /** "2 of 5 steps done · 1 step overdue". */
  planText: string;
  private: boolean;
}

export interface SummaryDecision {
  id: string;
  decidedOn: string;
  client: string;
  decision: string;
  promised: string;
  owner: string;
  due: string;
  statusLabel: string;
  overdue: boolean;
  taken: boolean;
  kept: boolean;
  changed: boolean;
  broken: boolean;
}

export interface SummaryCriterion {
  key: Criterion;
  label: string;
  praised: number;
  criticised: number;
  /** praised − criticised. */
  balance: number;
}

export interface SummaryCall {
  clientId: string;
  client: string;
  organization: string;
  vip: boolean;
  lastContact: string;
  daysSince: number;
}

export type { AgendaItem } from '../agenda/types';

export interface WeeklySummary {
  language: Language;
  week: string;
  /** Monday and Sunday of the week, `yyyy-MM-dd`. */
  firstDay: CalendarDate;
  lastDay: CalendarDate;
  fromMs: number;
  toMs: number;
  /** "23–29 November 2026". */
  dateRange: string;
  /**
   * A week in progress is labelled ("so far, up to Tue 1 Dec") and its statuses, overdue counts
   * and call list are as of now; a complete week's are as of its end.
   */
  progress: { inProgress: boolean; asOfMs: number; note: string | null };
  title: string;
  /** "Week 2026-W48". */
  weekLabel: string;
  includePrivate: boolean;
  privacyNote: string;
  /** Footer text of printed pages. */
  footer: string;
  figures: Figure[];
  totals: { conversations: number; satisfied: number; neutral: number; complaints: number };
  balance: {
    target: number;
    satisfied: number;
    complaints: number;
    ratio: number | null;
    ratioText: string;
    owed: number;
    owedText: string;
  };
  byOutcome: CountRow<Outcome>[];
  byChannel: CountRow<Channel>[];
  conversations: SummaryConversation[];
  disputes: { opened: SummaryDispute[]; resolved: SummaryDispute[]; openAtEnd: SummaryDispute[] };
  decisions: {
    taken: number;
    kept: number;
    changed: number;
    broken: number;
    overdue: number;
    countsText: string;
    rows: SummaryDecision[];
  };
  criteria: { rows: SummaryCriterion[]; weakest: SummaryCriterion[]; mentioned: boolean };
  callList: SummaryCall[];
  /** The meeting agenda of the week (`shared/agenda`). */
  agenda: AgendaSection;
  /** Every label a renderer needs, in the summary language. */
  labels: SummaryLabels;
}

export interface SummaryLabels {
  sections: Record<
    | 'overview'
    | 'outcomes'
    | 'channels'
    | 'conversations'
    | 'disputes'
    | 'disputesOpened'
    | 'disputesResolved'
    | 'disputesOpen'
    | 'decisions'
    | 'criteria'
    | 'weakest'
    | 'callList'
    | 'agenda'
    | 'likes'
    | 'dislikes'
    | 'whyStay',
    string
  >;
  columns: Record<
    | 'metric'
    | 'value'
    | 'outcome'
    | 'channel'
    | 'count'
    | 'share'
    | 'date'
    | 'week'
    | 'client'
    | 'organization'
    | 'direction'
    | 'summary'
    | 'praised'
    | 'criticised'
    | 'title'
    | 'openedOn'
    | 'status'
    | 'severity'
    | 'rootCause'
    | 'plan'
    | 'decidedOn'
    | 'decision'
    | 'promised'
    | 'owner'
    | 'due'
    | 'criterion'
    | 'praisedCount'
    | 'criticisedCount'
    | 'balance'
    | 'lastContact'
    | 'daysSince'
    | 'said',
    string
  >;
  empty: Record<'conversations' | 'disputes' | 'decisions' | 'criteria' | 'weakest' | 'callList' | 'agenda', string>;
  overdue: string;
  private: string;
  incognito: string;
  vip: string;
  none: string;
}
