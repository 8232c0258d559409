/**
 * The weekly summary model: everything the assistant exports for one ISO week, already
 * localised. Every format (Markdown, HTML, PDF, CSV) and the on-screen preview render this one
 * model, so the numbers are the same everywhere. Pure: no clock, no database.
 *
 * Each section has its own builder in `sections/`; `privacy.ts` decides which entries are
 * visible (every figure is computed from the visible entries only, so the figures agree with the
 * rows shown). Notes fields (conversation, dispute, decision and client notes) are never part of
 * the summary, not even the director's own copy: they are scratch notes, not report content.
 */
import { format } from 'date-fns';
import { createSummaryContext } from './context';
import { formatWeekRange } from './format';
import { buildAgendaSection } from './sections/agenda';
import { buildBalanceSection, computeWeekBalance } from './sections/balance';
import { buildCallListSection } from './sections/callList';
import { buildConversationRows, buildCountRows, selectWeekConversations } from './sections/conversations';
import { buildCriteriaSection } from './sections/criteria';
import { buildDecisionsSection } from './sections/decisions';
import { buildDisputesSection } from './sections/disputes';
import { buildFigures } from './sections/figures';
import type { WeeklySummary, WeeklySummaryInput, WeeklySummaryOptions } from './types';

export type { SummaryJournalRow, WeeklySummary, WeeklySummaryInput, WeeklySummaryOptions } from './types';

export function buildWeeklySummary(input: WeeklySummaryInput, options: WeeklySummaryOptions): WeeklySummary {
  const ctx = createSummaryContext(input, options);
  const { t, language, includePrivate, week } = ctx;

  const weekConversations = selectWeekConversations(input.conversations, ctx);
  const conversations = buildConversationRows(weekConversations, ctx);
  const { byOutcome, byChannel } = buildCountRows(conversations, ctx);
  const weekBalance = computeWeekBalance(weekConversations, input.target, ctx);
  const balance = buildBalanceSection(weekBalance, input.target, ctx);
  const disputes = buildDisputesSection(input.disputes, ctx);
  const decisions = buildDecisionsSection(input.decisions, ctx);
  const totals = {
    conversations: conversations.length,
    satisfied: balance.satisfied,
    neutral: byOutcome.find((r) => r.key === 'neutral')?.count ?? 0,
    complaints: balance.complaints,
  };

  return {
    language,
    week: input.week,
    firstDay: week.firstDay,
    lastDay: week.lastDay,
    fromMs: week.fromMs,
    toMs: week.toMs,
    dateRange: formatWeekRange(week.start, week.lastDayDate, language),
    progress: {
      inProgress: week.inProgress,
      asOfMs: week.asOfMs,
      note: week.inProgress
        ? t('summary:doc.soFar', {
            date: format(new Date(week.asOfMs), t('summary:doc.soFarDate'), { locale: ctx.locale }),
          })
        : null,
    },
    title: t('summary:doc.title'),
    weekLabel: t('summary:doc.weekLabel', { week: input.week }),
    includePrivate,
    privacyNote: includePrivate ? t('summary:doc.privateIncluded') : t('summary:doc.privateExcluded'),
    footer: t('summary:doc.footer', { week: input.week }),
    figures: buildFigures({ totals, balance, disputes, decisions }, ctx),
    totals,
    balance,
    byOutcome,
    byChannel,
    conversations,
    disputes,
    decisions,
    criteria: buildCriteriaSection(weekConversations, ctx),
    callList: buildCallListSection(input, weekBalance.quests, ctx),
    agenda: buildAgendaSection(weekConversations, input.disputes, ctx),
    labels: ctx.labels,
  };
}
