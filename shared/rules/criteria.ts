/** Service criteria: praise and criticism per criterion, and the weakest ones. */
import { CRITERIA, type Criterion, type CriterionMark } from '../domain/types';

export type CriteriaTally = Record<Criterion, { praised: number; criticised: number }>;

export function emptyTally(): CriteriaTally {
  const tally = {} as CriteriaTally;
  for (const c of CRITERIA) tally[c] = { praised: 0, criticised: 0 };
  return tally;
}

export function tallyCriteria(rows: readonly { criteria: Partial<Record<Criterion, CriterionMark>> }[]): CriteriaTally {
  const tally = emptyTally();
  for (const row of rows) {
    // Most conversations mark no criterion: walk the marks present, not all nine.
    for (const key in row.criteria) {
      const entry = tally[key as Criterion] as CriteriaTally[Criterion] | undefined;
      if (!entry) continue;
      const mark = row.criteria[key as Criterion];
      if (mark === 'praised') entry.praised++;
      else if (mark === 'criticised') entry.criticised++;
    }
  }
  return tally;
}

/**
 * The `n` weakest criteria (the source article's "three weakest points to work on"). Only a
 * criticised criterion can be weak: one that was only praised, or not mentioned, never appears,
 * so fewer than `n` come back when fewer were criticised. Order: most criticised net of praise,
 * ties by most criticised, then by the CRITERIA order. The dashboard, the weekly summary and the
 * meeting agenda all name the weakest through this one function.
 */
export function weakestCriteria(tally: CriteriaTally, n = 3): Criterion[] {
  return CRITERIA.map((c, order) => ({
    c,
    order,
    net: tally[c].criticised - tally[c].praised,
    criticised: tally[c].criticised,
  }))
    .filter((x) => x.criticised > 0)
    .sort((a, b) => b.net - a.net || b.criticised - a.criticised || a.order - b.order)
    .slice(0, Math.max(0, n))
    .map((x) => x.c);
}
