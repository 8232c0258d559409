/**
 * When to nudge the director. Pure: the caller passes the clock, the settings and the figures.
 * At most one nudge a day, none in quiet hours (which may wrap midnight). One nudge says everything
 * that is due that day: what is owed, decisions and plan steps due, clients due to talk and
 * "On this day" items.
 */
import { differenceInCalendarDays } from 'date-fns';
import type { Settings } from '../domain/settings';
import { todayLocal } from '../dates/instant';

export type NudgeSettings = Pick<
  Settings,
  'nudgesEnabled' | 'nudgeAfterDays' | 'quietHoursStart' | 'quietHoursEnd' | 'lastNudgeOn'
>;

export interface NudgeInput {
  now: Date;
  settings: NudgeSettings;
  /** Owed over the last 30 days. */
  owed: number;
  /** The latest satisfied conversation (any time before now), or null if there is none. */
  lastSatisfiedMs: number | null;
  /**
   * The first conversation in the journal, or null for an empty journal. Without any satisfied
   * conversation the days are counted from here, so a brand-new journal is not nagged at once.
   */
  journalStartMs: number | null;
  /** Pending decisions and unfinished plan steps due today. */
  dueToday: { decisions: number; planSteps: number };
  /** Clients past their keep-in-touch cadence, and "On this day" items not dismissed. */
  keepInTouch?: { dueToTalk: number; onThisDay: number };
}

export interface Nudge {
  /**
   * Set when owed > 0 and no satisfied conversation for `nudgeAfterDays` days;
   * `daysSinceSatisfied` is null when there has never been one.
   */
  owed: { owed: number; daysSinceSatisfied: number | null } | null;
  /** Set when a decision or plan step is due today. */
  due: { decisions: number; planSteps: number } | null;
  /** Set when clients are due to talk or something comes round "on this day". */
  keepInTouch: { dueToTalk: number; onThisDay: number } | null;
}

function minutesOf(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/** Quiet from start (inclusive) to end (exclusive); start > end wraps midnight; equal = never quiet. */
export function isQuietTime(now: Date, start: string, end: string): boolean {
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (s === null || e === null || s === e) return false;
  const t = now.getHours() * 60 + now.getMinutes();
  return s < e ? t >= s && t < e : t >= s || t < e;
}

export function decideNudge(input: NudgeInput): Nudge | null {
  const { now, settings, owed, lastSatisfiedMs, journalStartMs, dueToday } = input;
  if (!settings.nudgesEnabled) return null;
  if (settings.lastNudgeOn === todayLocal(now)) return null;
  if (isQuietTime(now, settings.quietHoursStart, settings.quietHoursEnd)) return null;

  let owedReason: Nudge['owed'] = null;
  const since = lastSatisfiedMs ?? journalStartMs;
  if (owed > 0 && since !== null) {
    const days = differenceInCalendarDays(now, new Date(since));
    if (days >= Math.max(0, settings.nudgeAfterDays))
      owedReason = { owed, daysSinceSatisfied: lastSatisfiedMs === null ? null : days };
  }
  const dueReason = dueToday.decisions + dueToday.planSteps > 0 ? { ...dueToday } : null;
  const keep = input.keepInTouch;
  const keepReason = keep && keep.dueToTalk + keep.onThisDay > 0 ? { ...keep } : null;
  if (!owedReason && !dueReason && !keepReason) return null;
  return { owed: owedReason, due: dueReason, keepInTouch: keepReason };
}
