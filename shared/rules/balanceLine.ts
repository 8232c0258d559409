/**
 * The dashboard's plain-language line under the four figures. It names its numbers, so the
 * Complaints card (every complaint of the period) and the sentence (the complaints not yet
 * balanced) can never seem to disagree: "3 of the 4 complaints of the last 30 days are not yet
 * balanced: talk with 24 more satisfied clients."
 */
import type { Balance } from './balance';
import type { PeriodKey } from './periods';

/** The `t` of the dashboard namespace (i18next's fixed or hook `t`). */
export type DashboardT = (key: string, options?: Record<string, unknown>) => string;

export function balanceLine(t: DashboardT, balance: Balance, period: PeriodKey, target: number): string {
  if (balance.complaints === 0) return t('line.noComplaints');
  if (balance.owed === 0) return t('line.balanced', { count: balance.complaints, target });
  const open = balance.quests.filter((q) => q.lacking > 0).length;
  const total = balance.complaints;
  const periodText = t(`line.period.${period}`);
  const unbalanced =
    open < total
      ? t('line.someNotBalanced', {
          count: open,
          complaints: t('line.ofComplaints', { count: total }),
          period: periodText,
        })
      : total === 1
        ? t('line.oneNotBalanced', { period: periodText })
        : t('line.allNotBalanced', { count: total, period: periodText });
  return t('line.owed', { unbalanced, talk: t('line.talk', { count: balance.owed }) });
}
