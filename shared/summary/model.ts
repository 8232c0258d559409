/**
 * The weekly summary model: everything the assistant exports for one ISO week, already
 * localised. Every format (Markdown, HTML, PDF, CSV) and the on-screen preview render this one
 * model, so the numbers are the same everywhere. Pure: no clock, no database.
 *
 * Privacy: unless `includePrivate`, private conversations, private disputes and the decisions
 * taken in them are left out, and every figure (counts, ratio, owed, criteria, agenda, call list)
 * is computed without them, so the figures agree with the rows shown. Notes fields (conversation,
 * dispute, decision and client notes) are never part of the summary, not even the director's own
 * copy: they are scratch notes, not report content.
 */
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';
import {
  CHANNELS,
  CRITERIA,
  OUTCOMES,
  type CalendarDate,
  type Channel,
  type Client,
  type Conversation,
  type Criterion,
  type Decision,
  type Direction,
  type Dispute,
  type DisputeStatus,
  type Outcome,
} from '../domain/types';
import type { Language } from '../domain/settings';
import { createI18n } from '../i18n/createI18n';
import { dateLocale } from '../dates/locales';
import { localDate } from '../dates/instant';
import { computeBalance, type BalanceConversation } from '../rules/balance';
import { isoWeekRange } from '../rules/weeks';
import { buildCallList } from '../rules/callList';
import { tallyCriteria, weakestCriteria } from '../rules/criteria';
import { isActiveStatus, overdueStepCount, planProgress } from '../rules/disputes';
import { isDecisionOverdue } from '../rules/decisions';

/** How many clients the call list suggests for next week. */
export const CALL_LIST_LIMIT = 10;

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

export interface AgendaItem {
  client: string;
  date: string;
  text: string;
}

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
    broken: number;
    overdue: number;
    countsText: string;
    rows: SummaryDecision[];
  };
  criteria: { rows: SummaryCriterion[]; weakest: SummaryCriterion[]; mentioned: boolean };
  callList: SummaryCall[];
  agenda: { likes: AgendaItem[]; dislikes: AgendaItem[]; whyStay: AgendaItem[] };
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
  empty: Record<'conversations' | 'disputes' | 'decisions' | 'criteria' | 'callList' | 'agenda', string>;
  overdue: string;
  private: string;
  incognito: string;
  vip: string;
  none: string;
}

// ---------- helpers ----------

function numberLocale(language: Language): string {
  return language === 'ru' ? 'ru-RU' : 'en-GB';
}

/** "23–29 November 2026", "30 November – 6 December 2026", "28 December 2026 – 3 January 2027". */
export function formatWeekRange(first: Date, last: Date, language: Language): string {
  const locale = dateLocale(language);
  if (first.getFullYear() !== last.getFullYear()) {
    return `${format(first, 'd MMMM yyyy', { locale })} – ${format(last, 'd MMMM yyyy', { locale })}`;
  }
  if (first.getMonth() !== last.getMonth()) {
    return `${format(first, 'd MMMM', { locale })} – ${format(last, 'd MMMM yyyy', { locale })}`;
  }
  return `${format(first, 'd', { locale })}–${format(last, 'd MMMM yyyy', { locale })}`;
}

function formatCalendarDate(date: CalendarDate | null, language: Language, none: string): string {
  if (!date) return none;
  return format(parseISO(date), 'd MMM yyyy', { locale: dateLocale(language) });
}

/** Dispute status in effect just before `beforeMs` (its history, or its status when it has none). */
function statusBefore(dispute: Dispute, beforeMs: number): DisputeStatus {
  if (dispute.statusHistory.length === 0) return dispute.status;
  let status: DisputeStatus = 'open';
  for (const change of dispute.statusHistory) {
    if (Date.parse(change.at) < beforeMs) status = change.status;
  }
  return status;
}

function resolvedWithin(dispute: Dispute, fromMs: number, toMs: number): boolean {
  return dispute.statusHistory.some((c) => {
    const ms = Date.parse(c.at);
    return c.status === 'resolved' && ms >= fromMs && ms < toMs;
  });
}

function labelsFrom(t: TFunction): SummaryLabels {
  return {
    sections: t('summary:doc.sections', { returnObjects: true }) as SummaryLabels['sections'],
    columns: t('summary:doc.columns', { returnObjects: true }) as SummaryLabels['columns'],
    empty: t('summary:doc.empty', { returnObjects: true }) as SummaryLabels['empty'],
    overdue: t('summary:doc.overdue'),
    private: t('summary:doc.private'),
    incognito: t('summary:doc.incognito'),
    vip: t('summary:doc.vip'),
    none: t('common:none'),
  };
}

// ---------- the model ----------

export function buildWeeklySummary(input: WeeklySummaryInput, options: WeeklySummaryOptions): WeeklySummary {
  const { language, includePrivate } = options;
  const t = createI18n(language).t;
  const locale = dateLocale(language);
  const numbers = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(numberLocale(language), { style: 'percent', maximumFractionDigits: 0 });
  const labels = labelsFrom(t);

  const { start, end } = isoWeekRange(input.week);
  const fromMs = start.getTime();
  const toMs = end.getTime();
  // Sunday of the week: the day before next Monday (DST-safe: calendar arithmetic on the date).
  const lastDayDate = new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1);
  const firstDay = localDate(start);
  const lastDay = localDate(lastDayDate);
  /** The first day after the week: anything due before it is overdue at week end. */
  const dayAfter = localDate(end);

  const clients = new Map(input.clients.map((c) => [c.id, c]));
  const clientName = (id: string) => clients.get(id)?.name || t('summary:doc.unknownClient');
  const privateConversationIds = new Set(input.journal.filter((r) => r.private).map((r) => r.id));
  for (const c of input.conversations) if (c.private) privateConversationIds.add(c.id);

  // ----- conversations of the week -----
  const weekConversations = input.conversations
    .filter((c) => c.deletedAt === null && (includePrivate || !c.private))
    .map((c) => ({ c, atMs: Date.parse(c.at) }))
    .filter(({ atMs }) => atMs >= fromMs && atMs < toMs)
    .sort((a, b) => a.atMs - b.atMs || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));

  const conversations: SummaryConversation[] = weekConversations.map(({ c, atMs }) => {
    const at = new Date(atMs);
    const client = clients.get(c.clientId);
    const marks = c.feedback?.criteria ?? {};
    return {
      id: c.id,
      atMs,
      date: format(at, 'EEE d MMM, HH:mm', { locale }),
      dateTime: format(at, 'yyyy-MM-dd HH:mm'),
      client: clientName(c.clientId),
      organization: client?.organization ?? '',
      channel: c.channel,
      channelLabel: t(`common:channel.${c.channel}`),
      direction: c.direction,
      directionLabel: t(`summary:doc.direction.${c.direction}`),
      outcome: c.outcome,
      outcomeLabel: t(`common:outcome.${c.outcome}`),
      summary: c.summary.trim(),
      private: c.private,
      incognito: c.feedback?.incognito ?? false,
      criteriaPraised: CRITERIA.filter((k) => marks[k] === 'praised').map((k) => t(`common:criterion.${k}`)),
      criteriaCriticised: CRITERIA.filter((k) => marks[k] === 'criticised').map((k) => t(`common:criterion.${k}`)),
    };
  });

  const total = conversations.length;
  const share = (n: number) => (total === 0 ? percent.format(0) : percent.format(n / total));
  const byOutcome: CountRow<Outcome>[] = OUTCOMES.map((key) => {
    const count = conversations.filter((c) => c.outcome === key).length;
    return { key, label: t(`common:outcome.${key}`), count, share: share(count) };
  });
  const byChannel: CountRow<Channel>[] = CHANNELS.map((key) => {
    const count = conversations.filter((c) => c.channel === key).length;
    return { key, label: t(`common:channel.${key}`), count, share: share(count) };
  }).filter((row) => row.count > 0);

  // ----- ratio and owed for the week -----
  const balanceRows = weekConversations.map(({ c, atMs }) => ({
    id: c.id,
    clientId: c.clientId,
    atMs,
    outcome: c.outcome,
  }));
  const balance = computeBalance(balanceRows, input.target, { fromMs, toMs });
  const target = Math.max(1, Math.round(input.target));
  const ratioText =
    balance.ratio === null
      ? t('summary:doc.noComplaints')
      : t('summary:doc.ratioValue', { satisfied: numbers.format(balance.ratio), complaints: 1 });
  const owedText = balance.owed === 0 ? t('summary:doc.owedNone') : t('summary:doc.owedHint', { count: balance.owed });

  // ----- disputes -----
  const visibleDisputes = input.disputes.filter((d) => d.deletedAt === null && (includePrivate || !d.private));
  const toDisputeRow = (d: Dispute, status: DisputeStatus): SummaryDispute => {
    const progress = planProgress(d.plan);
    const overdueSteps = overdueStepCount(d.plan, dayAfter);
    const parts = [
      progress.total === 0
        ? t('summary:doc.planEmpty')
        : t('summary:doc.planProgress', { done: progress.done, total: progress.total }),
    ];
    if (overdueSteps > 0 && status !== 'resolved') parts.push(t('summary:doc.planOverdue', { count: overdueSteps }));
    return {
      id: d.id,
      title: d.title.trim(),
      client: clientName(d.clientId),
      openedOn: formatCalendarDate(d.openedOn, language, labels.none),
      status,
      statusLabel: t(`common:disputeStatus.${status}`),
      severityLabel: t(`common:severity.${d.severity}`),
      rootCauseLabel: t(`common:rootCause.${d.rootCause}`),
      planDone: progress.done,
      planTotal: progress.total,
      overdueSteps,
      planText: parts.join(' · '),
      private: d.private,
    };
  };
  const byOpened = (a: Dispute, b: Dispute) =>
    a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : a.createdAt < b.createdAt ? -1 : 1;
  const sortedDisputes = [...visibleDisputes].sort(byOpened);
  const existedAtEnd = sortedDisputes.filter((d) => d.openedOn <= lastDay);
  const disputes = {
    opened: existedAtEnd.filter((d) => d.openedOn >= firstDay).map((d) => toDisputeRow(d, statusBefore(d, toMs))),
    resolved: existedAtEnd
      .filter((d) => resolvedWithin(d, fromMs, toMs))
      .map((d) => toDisputeRow(d, statusBefore(d, toMs))),
    openAtEnd: existedAtEnd
      .filter((d) => isActiveStatus(statusBefore(d, toMs)))
      .map((d) => toDisputeRow(d, statusBefore(d, toMs))),
  };
  const privateDisputeIds = new Set(input.disputes.filter((d) => d.private).map((d) => d.id));

  // ----- decisions -----
  const decisionRows: SummaryDecision[] = [];
  const counts = { taken: 0, kept: 0, broken: 0, overdue: 0 };
  const sortedDecisions = [...input.decisions].sort((a, b) =>
    a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.createdAt < b.createdAt ? -1 : 1,
  );
  for (const d of sortedDecisions) {
    if (d.deletedAt !== null) continue;
    if (!includePrivate) {
      if (d.conversationId !== null && privateConversationIds.has(d.conversationId)) continue;
      if (d.disputeId !== null && privateDisputeIds.has(d.disputeId)) continue;
    }
    if (d.decidedOn > lastDay) continue;
    const taken = d.decidedOn >= firstDay;
    // Decisions carry no status history: a status set during the week is seen through updatedAt.
    const changedInWeek = Date.parse(d.updatedAt) >= fromMs && Date.parse(d.updatedAt) < toMs;
    const kept = d.status === 'kept' && changedInWeek;
    const broken = d.status === 'broken' && changedInWeek;
    const overdue = isDecisionOverdue(d, dayAfter);
    if (!taken && !kept && !broken && !overdue) continue;
    if (taken) counts.taken++;
    if (kept) counts.kept++;
    if (broken) counts.broken++;
    if (overdue) counts.overdue++;
    decisionRows.push({
      id: d.id,
      decidedOn: formatCalendarDate(d.decidedOn, language, labels.none),
      client: clientName(d.clientId),
      decision: d.decision.trim(),
      promised: d.promised.trim(),
      owner: d.owner.trim(),
      due: formatCalendarDate(d.due, language, labels.none),
      statusLabel: t(`common:decisionStatus.${d.status}`),
      overdue,
      taken,
      kept,
      broken,
    });
  }

  // ----- service criteria -----
  const tally = tallyCriteria(weekConversations.map(({ c }) => ({ criteria: c.feedback?.criteria ?? {} })));
  const criterionRow = (key: Criterion): SummaryCriterion => ({
    key,
    label: t(`common:criterion.${key}`),
    praised: tally[key].praised,
    criticised: tally[key].criticised,
    balance: tally[key].praised - tally[key].criticised,
  });
  const criteriaRows = CRITERIA.map(criterionRow);
  // A report should not call a criterion "weak" when it was only praised this week.
  const weakest = weakestCriteria(tally, 3)
    .filter((key) => tally[key].criticised > 0)
    .map(criterionRow);

  // ----- call list at week end -----
  const journalForCalls = input.journal.filter((r) => includePrivate || !r.private);
  const problemAtEnd = new Set(
    input.disputes
      .filter((d) => d.deletedAt === null && d.openedOn <= lastDay && isActiveStatus(statusBefore(d, toMs)))
      .map((d) => d.clientId),
  );
  const callList: SummaryCall[] = buildCallList({
    clients: input.clients,
    conversations: journalForCalls,
    asOfMs: toMs,
    problemClientIds: problemAtEnd,
    limit: CALL_LIST_LIMIT,
  }).map((entry) => ({
    clientId: entry.clientId,
    client: entry.name,
    organization: entry.organization,
    vip: entry.vip,
    lastContact: format(new Date(entry.lastContactMs), 'd MMM yyyy', { locale }),
    daysSince: differenceInCalendarDays(lastDayDate, new Date(entry.lastContactMs)),
  }));

  // ----- meeting agenda -----
  const agendaOf = (field: 'likes' | 'dislikes' | 'whyStay'): AgendaItem[] =>
    weekConversations
      .filter(({ c }) => (c.feedback?.[field] ?? '').trim() !== '')
      .map(({ c, atMs }) => ({
        client: clientName(c.clientId),
        date: format(new Date(atMs), 'EEE d MMM', { locale }),
        text: c.feedback[field].trim(),
      }));

  const totals = {
    conversations: total,
    satisfied: balance.satisfied,
    neutral: byOutcome.find((r) => r.key === 'neutral')?.count ?? 0,
    complaints: balance.complaints,
  };
  const figures: Figure[] = [
    {
      key: 'conversations',
      label: t('summary:doc.figures.conversations'),
      value: numbers.format(total),
      tone: 'default',
    },
    {
      key: 'satisfied',
      label: t('summary:doc.figures.satisfied'),
      value: numbers.format(totals.satisfied),
      tone: 'good',
    },
    { key: 'neutral', label: t('summary:doc.figures.neutral'), value: numbers.format(totals.neutral), tone: 'default' },
    {
      key: 'complaints',
      label: t('summary:doc.figures.complaints'),
      value: numbers.format(totals.complaints),
      tone: totals.complaints > 0 ? 'bad' : 'default',
    },
    {
      key: 'ratio',
      label: t('summary:doc.figures.ratio', { target }),
      value: ratioText,
      tone: balance.ratio === null || balance.ratio >= target ? 'good' : 'warning',
    },
    {
      key: 'owed',
      label: t('summary:doc.figures.owed'),
      value: numbers.format(balance.owed),
      tone: balance.owed > 0 ? 'warning' : 'good',
    },
    {
      key: 'openDisputes',
      label: t('summary:doc.figures.openDisputes'),
      value: numbers.format(disputes.openAtEnd.length),
      tone: disputes.openAtEnd.length > 0 ? 'bad' : 'default',
    },
    {
      key: 'overdueDecisions',
      label: t('summary:doc.figures.overdueDecisions'),
      value: numbers.format(counts.overdue),
      tone: counts.overdue > 0 ? 'bad' : 'default',
    },
  ];

  return {
    language,
    week: input.week,
    firstDay,
    lastDay,
    fromMs,
    toMs,
    dateRange: formatWeekRange(start, lastDayDate, language),
    title: t('summary:doc.title'),
    weekLabel: t('summary:doc.weekLabel', { week: input.week }),
    includePrivate,
    privacyNote: includePrivate ? t('summary:doc.privateIncluded') : t('summary:doc.privateExcluded'),
    footer: t('summary:doc.footer', { week: input.week }),
    figures,
    totals,
    balance: {
      target,
      satisfied: balance.satisfied,
      complaints: balance.complaints,
      ratio: balance.ratio,
      ratioText,
      owed: balance.owed,
      owedText,
    },
    byOutcome,
    byChannel,
    conversations,
    disputes,
    decisions: {
      ...counts,
      countsText: t('summary:doc.decisionCounts', counts),
      rows: decisionRows,
    },
    criteria: { rows: criteriaRows, weakest, mentioned: criteriaRows.some((r) => r.praised + r.criticised > 0) },
    callList,
    agenda: { likes: agendaOf('likes'), dislikes: agendaOf('dislikes'), whyStay: agendaOf('whyStay') },
    labels,
  };
}
