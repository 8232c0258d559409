/** The overview: the headline figures of the week, with a tone for each. */
import type { SummaryContext } from '../context';
import type { Figure, WeeklySummary } from '../types';

export function buildFigures(
  summary: Pick<WeeklySummary, 'totals' | 'balance' | 'disputes' | 'decisions'>,
  ctx: SummaryContext,
): Figure[] {
  const { t, numbers } = ctx;
  const { totals, balance, disputes, decisions } = summary;
  return [
    {
      key: 'conversations',
      label: t('summary:doc.figures.conversations'),
      value: numbers.format(totals.conversations),
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
      label: t('summary:doc.figures.ratio', { target: balance.target }),
      value: balance.ratioText,
      tone: balance.ratio === null || balance.ratio >= balance.target ? 'good' : 'warning',
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
      value: numbers.format(decisions.overdue),
      tone: decisions.overdue > 0 ? 'bad' : 'default',
    },
  ];
}
