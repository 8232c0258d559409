/** What the dashboard shows about disputes and decisions (filled in by the disputes feature). */
export interface DisputeOverview {
  /** Disputes open or in correction. */
  openCount: number;
  oldest: { id: string; title: string; openedOn: string } | null;
  /** Unfinished correction-plan steps past their due date. */
  overdueSteps: number;
  /** Pending decisions past their due date. */
  overdueDecisions: number;
}

/** `undefined` while loading. */
export function useDisputeOverview(): DisputeOverview | undefined {
  return { openCount: 0, oldest: null, overdueSteps: 0, overdueDecisions: 0 };
}
