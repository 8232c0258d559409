/**
 * "On this day" (PRODUCT.md): what to look back at today. Promises made (decisions taken) a
 * year ago today and their status; disputes resolved 90 days ago, to call and check the defect
 * is really gone; clients last seen in this month a year ago and not since. Each item has a
 * stable key so the director can dismiss it. Pure: the caller passes today and the clock.
 */
import type { CalendarDate, DecisionStatus, Dispute, RootCause } from '../domain/types';
import { addDaysToDate, anniversaryIn, localDateOfMs } from '../dates/calendar';
import { resolvedOn } from './disputes';
import { isDecisionOverdue } from './decisions';

/** A resolved dispute comes back this many days after it was resolved. */
export const DISPUTE_CHECK_DAYS = 90;

export interface OnThisDayDecision {
  id: string;
  clientId: string;
  decidedOn: CalendarDate;
  decision: string;
  promised: string;
  due: CalendarDate | null;
  status: DecisionStatus;
  deletedAt: string | null;
}

export type OnThisDayDispute = Pick<
  Dispute,
  'id' | 'clientId' | 'title' | 'rootCause' | 'status' | 'statusHistory' | 'deletedAt'
>;

export interface OnThisDayClient {
  id: string;
  name: string;
  vip: boolean;
  archivedAt: string | null;
  deletedAt: string | null;
}

export type OnThisDayItem =
  | {
      kind: 'decision';
      key: string;
      clientId: string;
      decisionId: string;
      decidedOn: CalendarDate;
      decision: string;
      promised: string;
      status: DecisionStatus;
      overdue: boolean;
    }
  | {
      kind: 'dispute';
      key: string;
      clientId: string;
      disputeId: string;
      title: string;
      rootCause: RootCause;
      resolvedOn: CalendarDate;
    }
  | { kind: 'lastSeen'; key: string; clientId: string; vip: boolean; lastSeenMs: number };

/** The day a year before `today`'s anniversary: the decisions taken then come round today. */
function decidedAYearAgoToday(decidedOn: CalendarDate, today: CalendarDate): boolean {
  const year = Number(today.slice(0, 4));
  return Number(decidedOn.slice(0, 4)) === year - 1 && anniversaryIn(decidedOn, year) === today;
}

/**
 * Keys name the item and the occasion (today, or this month for a client last seen a year
 * ago), so a dismissal never hides next year's anniversary and old keys can be pruned.
 */
export function onThisDayKey(kind: OnThisDayItem['kind'], id: string, today: CalendarDate): string {
  return `${kind}:${id}:${kind === 'lastSeen' ? today.slice(0, 7) : today}`;
}

/** The occasion a key was made for: `yyyy-MM-dd` or `yyyy-MM`, or null for a foreign string. */
function occasionOf(key: string): string | null {
  const occasion = key.slice(key.lastIndexOf(':') + 1);
  return /^\d{4}-\d{2}(-\d{2})?$/.test(occasion) ? occasion : null;
}

/** Dismissals still meaningful today (this day's and this month's); the rest can be dropped. */
export function pruneDismissals(keys: readonly string[], today: CalendarDate): string[] {
  return keys.filter((key) => {
    const occasion = occasionOf(key);
    if (occasion === null) return false;
    return occasion.length === 7 ? occasion === today.slice(0, 7) : occasion === today;
  });
}

export function buildOnThisDay(args: {
  today: CalendarDate;
  nowMs: number;
  decisions: readonly OnThisDayDecision[];
  disputes: readonly OnThisDayDispute[];
  clients: readonly OnThisDayClient[];
  /** Latest conversation per client at or before now (`latestContactByClient`). */
  lastContact: ReadonlyMap<string, number>;
  dismissed: ReadonlySet<string>;
}): OnThisDayItem[] {
  const { today, dismissed } = args;
  const liveClients = new Map(
    args.clients.filter((c) => c.deletedAt === null && c.archivedAt === null).map((c) => [c.id, c]),
  );
  const items: OnThisDayItem[] = [];

  const decisions = args.decisions
    .filter((d) => d.deletedAt === null && liveClients.has(d.clientId) && decidedAYearAgoToday(d.decidedOn, today))
    .sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.id < b.id ? -1 : 1));
  for (const d of decisions) {
    items.push({
      kind: 'decision',
      key: onThisDayKey('decision', d.id, today),
      clientId: d.clientId,
      decisionId: d.id,
      decidedOn: d.decidedOn,
      decision: d.decision,
      promised: d.promised,
      status: d.status,
      overdue: isDecisionOverdue(d, today),
    });
  }

  const checkFrom = addDaysToDate(today, -DISPUTE_CHECK_DAYS);
  const disputes = args.disputes
    .filter((d) => d.deletedAt === null && liveClients.has(d.clientId))
    .map((d) => ({ d, on: resolvedOn(d) }))
    .filter((x): x is { d: OnThisDayDispute; on: CalendarDate } => x.on === checkFrom)
    .sort((a, b) => (a.d.id < b.d.id ? -1 : 1));
  for (const { d, on } of disputes) {
    items.push({
      kind: 'dispute',
      key: onThisDayKey('dispute', d.id, today),
      clientId: d.clientId,
      disputeId: d.id,
      title: d.title,
      rootCause: d.rootCause,
      resolvedOn: on,
    });
  }

  const monthAYearAgo = `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${today.slice(4, 7)}`;
  const lastSeen: Extract<OnThisDayItem, { kind: 'lastSeen' }>[] = [];
  for (const [clientId, ms] of args.lastContact) {
    const client = liveClients.get(clientId);
    if (!client || ms > args.nowMs || localDateOfMs(ms).slice(0, 7) !== monthAYearAgo) continue;
    lastSeen.push({
      kind: 'lastSeen',
      key: onThisDayKey('lastSeen', clientId, today),
      clientId,
      vip: client.vip,
      lastSeenMs: ms,
    });
  }
  // VIPs first, then the one seen earliest in that month (the longest silence).
  lastSeen.sort(
    (a, b) => Number(b.vip) - Number(a.vip) || a.lastSeenMs - b.lastSeenMs || (a.clientId < b.clientId ? -1 : 1),
  );
  items.push(...lastSeen);

  return items.filter((item) => !dismissed.has(item.key));
}
