/** Service criteria: praise and criticism per criterion in the week, and the weakest. */
import { CRITERIA, type Criterion } from '../../domain/types';
import { tallyCriteria, weakestCriteria } from '../../rules/criteria';
import type { SummaryContext } from '../context';
import type { SummaryCriterion, WeeklySummary } from '../types';
import type { WeekConversation } from './conversations';

export function buildCriteriaSection(
  week: readonly WeekConversation[],
  ctx: SummaryContext,
): WeeklySummary['criteria'] {
  const tally = tallyCriteria(week.map(({ c }) => ({ criteria: c.feedback?.criteria ?? {} })));
  const row = (key: Criterion): SummaryCriterion => ({
    key,
    label: ctx.t(`common:criterion.${key}`),
    praised: tally[key].praised,
    criticised: tally[key].criticised,
    balance: tally[key].praised - tally[key].criticised,
  });
  const rows = CRITERIA.map(row);
  // The same rule as the dashboard's: only criticised criteria can be weak.
  const weakest = weakestCriteria(tally, 3).map(row);
  return { rows, weakest, mentioned: rows.some((r) => r.praised + r.criticised > 0) };
}
