import { useMemo } from 'react';
import type { Language } from '../../../shared/domain/settings';
import { buildWeeklySummary, type WeeklySummary } from '../../../shared/summary/model';
import { isoWeekRange } from '../../../shared/rules/weeks';
import { useAllClients, useConversationsBetween, useLiveDecisions, useLiveDisputes } from '../../db/useSummaryRecords';
import { useConversationRows } from '../../db/useConversationRows';

/**
 * The weekly summary model for one ISO week, kept live: the week's conversations come from an
 * indexed range query, the call list at week end from the in-memory conversation index. The
 * current week is read as of `nowMs` ("so far").
 * `undefined` while anything is still loading (show a skeleton).
 */
export function useWeeklySummary(
  week: string,
  options: { includePrivate: boolean; language: Language; target: number; nowMs: number },
): WeeklySummary | undefined {
  const { fromIso, toIso } = useMemo(() => {
    const { start, end } = isoWeekRange(week);
    return { fromIso: start.toISOString(), toIso: end.toISOString() };
  }, [week]);
  const conversations = useConversationsBetween(fromIso, toIso);
  const clients = useAllClients();
  const disputes = useLiveDisputes();
  const decisions = useLiveDecisions();
  const journal = useConversationRows();
  const { includePrivate, language, target, nowMs } = options;

  return useMemo(() => {
    if (!conversations || !clients || !disputes || !decisions || !journal) return undefined;
    return buildWeeklySummary(
      { week, conversations, journal: journal.rows, clients, disputes, decisions, target, nowMs },
      { includePrivate, language },
    );
  }, [week, conversations, clients, disputes, decisions, journal, target, includePrivate, language, nowMs]);
}
