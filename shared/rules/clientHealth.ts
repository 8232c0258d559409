/**
 * Client health (PRODUCT.md "Client health"): the trend of a client's last outcomes and a risk
 * level — low, watch or at risk — with the reasons behind it as data (the UI words them).
 * Every threshold is a named constant below and explained in docs/rules.md.
 *
 * Points per reason, added up:
 * - an open dispute: 2; silence past 1.5 × the usual interval (or the cadence): 2;
 * - complaints in the last 90 days: 1 each, at most 2; criticised criteria in the last 90 days: 1;
 * - a satisfied share that fell by a quarter or more: 1;
 * - VIP: 1, but only on top of another reason (a VIP is not at risk for being a VIP).
 * 0 points is low, 1–2 watch, 3 or more at risk.
 *
 * Monotone by construction: logging a satisfied conversation that criticises nothing can only
 * remove reasons (it ends the silence and raises the recent satisfied share) and never adds
 * one, so it never raises the risk. Pure: the caller passes today and the clock.
 */
import type { CalendarDate, Criterion, CriterionMark, Outcome } from '../domain/types';
import { CRITERIA } from '../domain/types';
import { daysBetween, localDateOfMs } from '../dates/calendar';

/** How many outcomes the sparkline shows. */
export const SPARKLINE_LENGTH = 10;
/** "Recent" for complaints, criticism and the satisfied share. */
export const RISK_WINDOW_DAYS = 90;
/** Silence counts once it is longer than this many usual intervals (or cadences). */
export const SILENCE_FACTOR = 1.5;
/** A silence shorter than this is never a reason (a weekly client missing a week is not news). */
export const MIN_SILENCE_DAYS = 14;
/** The usual interval is the median of this many latest gaps between conversation days… */
export const USUAL_INTERVAL_GAPS = 10;
/** …and needs at least this many gaps to mean anything. */
export const MIN_USUAL_INTERVAL_GAPS = 2;
/** The satisfied share before the window is taken over this many conversations… */
export const EARLIER_CONVERSATIONS = 10;
/** …and needs at least this many. */
export const MIN_EARLIER_CONVERSATIONS = 3;
/** A fall of the satisfied share by this much (0.25 = 25 percentage points) is a reason. */
export const FALLING_SHARE = 0.25;

export const RISK_POINTS = {
  openDispute: 2,
  silent: 2,
  complaintEach: 1,
  complaintsMax: 2,
  criticised: 1,
  fallingSatisfied: 1,
  vip: 1,
} as const;
/** Points from which a client is "watch", and "at risk". */
export const WATCH_FROM = 1;
export const AT_RISK_FROM = 3;

export const RISK_LEVELS = ['low', 'watch', 'atRisk'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export type RiskReason =
  | { kind: 'vip' }
  | { kind: 'openDispute'; days: number }
  | { kind: 'silent'; days: number; usualDays: number; basis: 'usual' | 'cadence' }
  | { kind: 'complaints'; count: number }
  | { kind: 'criticised'; criteria: Criterion[] }
  | { kind: 'fallingSatisfied'; fromPercent: number; toPercent: number };

export interface ClientRisk {
  level: RiskLevel;
  points: number;
  /** In a fixed order: VIP, open dispute, silence, complaints, criticism, satisfied share. */
  reasons: RiskReason[];
}

export interface HealthConversation {
  id: string;
  atMs: number;
  outcome: Outcome;
  criteria: Partial<Record<Criterion, CriterionMark>>;
}

function byTime(a: HealthConversation, b: HealthConversation): number {
  return a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The client's last `length` outcomes at or before now, oldest first (the sparkline). */
export function recentOutcomes(
  conversations: readonly HealthConversation[],
  nowMs: number,
  length = SPARKLINE_LENGTH,
): Outcome[] {
  return conversations
    .filter((c) => c.atMs <= nowMs)
    .sort(byTime)
    .slice(-length)
    .map((c) => c.outcome);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The usual number of days between conversations: the median gap between the client's latest
 * distinct conversation days (two calls on one day are one contact). Null with too few.
 */
export function usualIntervalDays(days: readonly CalendarDate[]): number | null {
  const distinct = [...new Set(days)].sort();
  const gaps: number[] = [];
  for (let i = 1; i < distinct.length; i++) gaps.push(daysBetween(distinct[i - 1]!, distinct[i]!));
  const recent = gaps.slice(-USUAL_INTERVAL_GAPS);
  if (recent.length < MIN_USUAL_INTERVAL_GAPS) return null;
  return Math.max(1, Math.round(median(recent)));
}

function levelOf(points: number): RiskLevel {
  return points >= AT_RISK_FROM ? 'atRisk' : points >= WATCH_FROM ? 'watch' : 'low';
}

/**
 * The risk of one client from their own conversations (any order; later than now ignored),
 * the opening days of their open or in-correction disputes, and their cadence (resolved, in
 * days) if they have one.
 */
export function assessClientRisk(args: {
  vip: boolean;
  conversations: readonly HealthConversation[];
  openDisputeDates: readonly CalendarDate[];
  cadenceDays: number | null;
  today: CalendarDate;
  nowMs: number;
}): ClientRisk {
  const { today, nowMs } = args;
  const past = args.conversations.filter((c) => c.atMs <= nowMs).sort(byTime);
  const dayOf = past.map((c) => localDateOfMs(c.atMs));
  const inWindow = (i: number) => daysBetween(dayOf[i]!, today) < RISK_WINDOW_DAYS;
  const reasons: RiskReason[] = [];
  let points = 0;

  if (args.openDisputeDates.length > 0) {
    const oldest = [...args.openDisputeDates].sort()[0]!;
    reasons.push({ kind: 'openDispute', days: Math.max(0, daysBetween(oldest, today)) });
    points += RISK_POINTS.openDispute;
  }

  if (past.length > 0) {
    const silence = daysBetween(dayOf[dayOf.length - 1]!, today);
    const usual = args.cadenceDays ?? usualIntervalDays(dayOf);
    if (usual !== null && silence >= MIN_SILENCE_DAYS && silence > SILENCE_FACTOR * usual) {
      reasons.push({
        kind: 'silent',
        days: silence,
        usualDays: usual,
        basis: args.cadenceDays === null ? 'usual' : 'cadence',
      });
      points += RISK_POINTS.silent;
    }
  }

  let complaints = 0;
  const criticised = new Set<Criterion>();
  const recent: HealthConversation[] = [];
  let firstRecent = past.length;
  for (let i = past.length - 1; i >= 0 && inWindow(i); i--) {
    firstRecent = i;
    const c = past[i]!;
    recent.push(c);
    if (c.outcome === 'complaint') complaints++;
    for (const key in c.criteria) if (c.criteria[key as Criterion] === 'criticised') criticised.add(key as Criterion);
  }
  if (complaints > 0) {
    reasons.push({ kind: 'complaints', count: complaints });
    points += Math.min(RISK_POINTS.complaintsMax, complaints * RISK_POINTS.complaintEach);
  }
  if (criticised.size > 0) {
    reasons.push({ kind: 'criticised', criteria: CRITERIA.filter((c) => criticised.has(c)) });
    points += RISK_POINTS.criticised;
  }

  const earlier = past.slice(Math.max(0, firstRecent - EARLIER_CONVERSATIONS), firstRecent);
  if (recent.length > 0 && earlier.length >= MIN_EARLIER_CONVERSATIONS) {
    const share = (list: readonly HealthConversation[]) =>
      list.filter((c) => c.outcome === 'satisfied').length / list.length;
    const before = share(earlier);
    const now = share(recent);
    // A small tolerance so 0.75 − 0.5 counts as the quarter it is despite floating point.
    if (before - now >= FALLING_SHARE - 1e-9) {
      reasons.push({
        kind: 'fallingSatisfied',
        fromPercent: Math.round(before * 100),
        toPercent: Math.round(now * 100),
      });
      points += RISK_POINTS.fallingSatisfied;
    }
  }

  if (args.vip && points > 0) {
    reasons.unshift({ kind: 'vip' });
    points += RISK_POINTS.vip;
  }
  return { level: levelOf(points), points, reasons };
}

export interface RiskClient {
  id: string;
  name: string;
  organization: string;
  vip: boolean;
  archivedAt: string | null;
  deletedAt: string | null;
}

export interface ClientHealth {
  clientId: string;
  outcomes: Outcome[];
  risk: ClientRisk;
}

export interface RiskDispute {
  clientId: string;
  openedOn: CalendarDate;
  status: string;
  deletedAt: string | null;
}

/**
 * Health of every live, not archived client. `rows` are conversations of any client in any
 * order; `cadenceOf` gives a client's resolved cadence in days, or null.
 */
export function assessClients(args: {
  clients: readonly RiskClient[];
  rows: readonly (HealthConversation & { clientId: string })[];
  activeDisputes: readonly RiskDispute[];
  cadenceOf: (clientId: string) => number | null;
  today: CalendarDate;
  nowMs: number;
}): Map<string, ClientHealth> {
  const byClient = new Map<string, HealthConversation[]>();
  for (const row of args.rows) {
    let list = byClient.get(row.clientId);
    if (!list) byClient.set(row.clientId, (list = []));
    list.push(row);
  }
  const disputes = new Map<string, CalendarDate[]>();
  for (const d of args.activeDisputes) {
    if (d.deletedAt !== null || d.status === 'resolved') continue;
    let list = disputes.get(d.clientId);
    if (!list) disputes.set(d.clientId, (list = []));
    list.push(d.openedOn);
  }
  const health = new Map<string, ClientHealth>();
  for (const client of args.clients) {
    if (client.deletedAt !== null || client.archivedAt !== null) continue;
    const conversations = byClient.get(client.id) ?? [];
    health.set(client.id, {
      clientId: client.id,
      outcomes: recentOutcomes(conversations, args.nowMs),
      risk: assessClientRisk({
        vip: client.vip,
        conversations,
        openDisputeDates: disputes.get(client.id) ?? [],
        cadenceDays: args.cadenceOf(client.id),
        today: args.today,
        nowMs: args.nowMs,
      }),
    });
  }
  return health;
}

export interface AtRiskEntry {
  clientId: string;
  name: string;
  organization: string;
  vip: boolean;
  risk: ClientRisk;
}

/** "Clients at risk": at risk first, then watch; more points first, VIPs, then by name. */
export function listClientsAtRisk(
  clients: readonly RiskClient[],
  health: ReadonlyMap<string, ClientHealth>,
): AtRiskEntry[] {
  const entries: AtRiskEntry[] = [];
  for (const client of clients) {
    const risk = health.get(client.id)?.risk;
    if (!risk || risk.level === 'low') continue;
    entries.push({ clientId: client.id, name: client.name, organization: client.organization, vip: client.vip, risk });
  }
  const rank = (level: RiskLevel) => RISK_LEVELS.indexOf(level);
  return entries.sort(
    (a, b) =>
      rank(b.risk.level) - rank(a.risk.level) ||
      b.risk.points - a.risk.points ||
      Number(b.vip) - Number(a.vip) ||
      a.name.localeCompare(b.name) ||
      (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0),
  );
}
