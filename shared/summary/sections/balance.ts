/** The week's ten-to-one balance: ratio and owed, computed from the week's conversations alone. */
import { computeBalance, type Balance } from '../../rules/balance';
import type { SummaryContext } from '../context';
import type { WeeklySummary } from '../types';
import type { WeekConversation } from './conversations';

/** The week's balance, quests included (the call list pays the week's open quests). */
export function computeWeekBalance(
  week: readonly WeekConversation[],
  targetSetting: number,
  ctx: SummaryContext,
): Balance {
  const rows = week.map(({ c, atMs }) => ({ id: c.id, clientId: c.clientId, atMs, outcome: c.outcome }));
  return computeBalance(rows, targetSetting, { fromMs: ctx.week.fromMs, toMs: ctx.week.toMs });
}

export function buildBalanceSection(
  balance: Balance,
  targetSetting: number,
  ctx: SummaryContext,
): WeeklySummary['balance'] {
  const { t, numbers } = ctx;
  const target = Math.max(1, Math.round(targetSetting));
  const ratioText =
    balance.ratio === null
      ? t('summary:doc.noComplaints')
      : t('summary:doc.ratioValue', { satisfied: numbers.format(balance.ratio), complaints: 1 });
  const owedText = balance.owed === 0 ? t('summary:doc.owedNone') : t('summary:doc.owedHint', { count: balance.owed });
  return {
    target,
    satisfied: balance.satisfied,
    complaints: balance.complaints,
    ratio: balance.ratio,
    ratioText,
    owed: balance.owed,
    owedText,
  };
}
