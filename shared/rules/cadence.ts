/**
 * Keep-in-touch cadences (PRODUCT.md "Cadence"): how often the director wants to talk with a
 * client, in days. A client's own cadence wins; otherwise the VIP default applies to VIPs, then
 * the tag defaults, otherwise the client has none. Any logged conversation resets the clock; a
 * client past the cadence is "due to talk". Pure: the caller passes today and the clock.
 */
import type { CalendarDate } from '../domain/types';
import { MIN_CADENCE_DAYS, type KeepInTouchDefaults } from '../domain/settings';
import { addDaysToDate, daysBetween, localDateOfMs } from '../dates/calendar';

/**
 * A client's own setting: a number of days, `'off'` (never due, whatever the defaults say), or
 * `null` to follow the defaults.
 */
export type ClientCadence = number | 'off' | null;

export type CadenceSource = 'client' | 'vip' | 'tag';

export interface ResolvedCadence {
  days: number;
  source: CadenceSource;
  /** The tag whose default applies (source `'tag'`). */
  tag?: string;
}

export interface CadenceClient {
  vip: boolean;
  tags: readonly string[];
  cadenceDays: ClientCadence;
}

/** Tags compare without case and surrounding spaces ("Key account" = "key account "). */
export function tagKey(tag: string): string {
  return tag.trim().toLocaleLowerCase();
}

function isValidDays(days: number | null | undefined): days is number {
  return typeof days === 'number' && Number.isFinite(days) && days >= MIN_CADENCE_DAYS;
}

/**
 * The cadence in force for a client, or null when none applies. When several of the client's
 * tags have a default, the shortest one wins: the director asked to hear from that group that
 * often, and being a member of a second group should not make it rarer.
 */
export function resolveCadence(client: CadenceClient, defaults: KeepInTouchDefaults): ResolvedCadence | null {
  const own = client.cadenceDays;
  if (own === 'off') return null;
  if (isValidDays(own)) return { days: Math.round(own), source: 'client' };
  if (client.vip && isValidDays(defaults.vipDays)) return { days: Math.round(defaults.vipDays), source: 'vip' };
  const tags = new Set(client.tags.map(tagKey));
  let best: ResolvedCadence | null = null;
  for (const entry of defaults.tagDays) {
    if (!isValidDays(entry.days) || !tags.has(tagKey(entry.tag))) continue;
    const days = Math.round(entry.days);
    if (!best || days < best.days) best = { days, source: 'tag', tag: entry.tag.trim() };
  }
  return best;
}

/**
 * The latest conversation of each client at or before `asOfMs` (conversations planned later do
 * not reset anything yet). Works on rows in any order.
 */
export function latestContactByClient(
  rows: Iterable<{ clientId: string; atMs: number }>,
  asOfMs: number,
): Map<string, number> {
  const latest = new Map<string, number>();
  for (const row of rows) {
    if (row.atMs > asOfMs) continue;
    const prev = latest.get(row.clientId);
    if (prev === undefined || row.atMs > prev) latest.set(row.clientId, row.atMs);
  }
  return latest;
}

export interface DueState {
  /** The first day the client is due: the day of the last contact plus the cadence. */
  dueOn: CalendarDate;
  /** Days past `dueOn` (0 on the day itself); negative while not yet due. */
  daysOverdue: number;
  isDue: boolean;
}

/**
 * When a client with `cadenceDays` is due. The clock starts at the day of the latest
 * conversation, or at the day the client was added when there has been none. Calendar days in
 * the local zone, so a daylight-saving change never moves a due date.
 */
export function dueState(args: {
  cadenceDays: number;
  lastContactMs: number | null;
  createdMs: number;
  today: CalendarDate;
}): DueState {
  const start = localDateOfMs(args.lastContactMs ?? args.createdMs);
  const dueOn = addDaysToDate(start, args.cadenceDays);
  const daysOverdue = daysBetween(dueOn, args.today);
  return { dueOn, daysOverdue, isDue: daysOverdue >= 0 };
}

export interface DueToTalkClient extends CadenceClient {
  id: string;
  name: string;
  organization: string;
  /** Manual problem flag. */
  problem: boolean;
  createdAt: string;
  archivedAt: string | null;
  deletedAt: string | null;
}

export interface DueToTalkEntry {
  clientId: string;
  name: string;
  organization: string;
  vip: boolean;
  /** Problem clients are listed too (unlike the call list), and marked. */
  problem: boolean;
  cadence: ResolvedCadence;
  lastContactMs: number | null;
  dueOn: CalendarDate;
  daysOverdue: number;
}

/** Most overdue first; on a tie VIPs first, then by name (and id, so the order is total). */
export function compareDueToTalk(a: DueToTalkEntry, b: DueToTalkEntry): number {
  return (
    b.daysOverdue - a.daysOverdue ||
    Number(b.vip) - Number(a.vip) ||
    a.name.localeCompare(b.name) ||
    (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0)
  );
}

/**
 * "Due to talk": live, not archived clients whose cadence has run out by today, most overdue
 * first. `lastContact` comes from `latestContactByClient`.
 */
export function buildDueToTalk(args: {
  clients: readonly DueToTalkClient[];
  lastContact: ReadonlyMap<string, number>;
  defaults: KeepInTouchDefaults;
  today: CalendarDate;
  /** Derived problem clients (open disputes); the manual flag is read from the client. */
  problemClientIds: ReadonlySet<string>;
}): DueToTalkEntry[] {
  const entries: DueToTalkEntry[] = [];
  for (const client of args.clients) {
    if (client.deletedAt !== null || client.archivedAt !== null) continue;
    const cadence = resolveCadence(client, args.defaults);
    if (!cadence) continue;
    const lastContactMs = args.lastContact.get(client.id) ?? null;
    const state = dueState({
      cadenceDays: cadence.days,
      lastContactMs,
      createdMs: Date.parse(client.createdAt),
      today: args.today,
    });
    if (!state.isDue) continue;
    entries.push({
      clientId: client.id,
      name: client.name,
      organization: client.organization,
      vip: client.vip,
      problem: client.problem || args.problemClientIds.has(client.id),
      cadence,
      lastContactMs,
      dueOn: state.dueOn,
      daysOverdue: state.daysOverdue,
    });
  }
  return entries.sort(compareDueToTalk);
}
