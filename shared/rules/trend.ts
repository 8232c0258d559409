/** Weekly trend: satisfied conversations, complaints and their ratio per week. */
import { addDays, addWeeks, startOfWeek } from 'date-fns';
import type { BalanceConversation } from './balance';
import { isoWeekKey } from './weeks';

export interface TrendWeek {
  /** ISO week key of the bucket (`2026-W48`); for Sunday weeks, the ISO week of its Monday. */
  weekKey: string;
  /** Local start of the week (Monday or Sunday 00:00) and the next week's start. */
  startMs: number;
  endMs: number;
  satisfied: number;
  complaints: number;
  /** satisfied ÷ complaints; null without complaints. */
  ratio: number | null;
}

/**
 * The last `weeks` weeks up to and including the week of `now`, oldest first. Buckets are local
 * calendar weeks, so a DST week is 167 or 169 hours long and still one bucket.
 */
export function weeklyTrend(
  conversations: readonly Pick<BalanceConversation, 'atMs' | 'outcome'>[],
  options: { now: Date; weeks: number; weekStartsOn?: 0 | 1 },
): TrendWeek[] {
  const weekStartsOn = options.weekStartsOn ?? 1;
  const count = Math.max(0, Math.floor(options.weeks));
  const current = startOfWeek(options.now, { weekStartsOn });
  const starts: number[] = [];
  for (let i = count - 1; i >= -1; i--) starts.push(addWeeks(current, -i).getTime());
  const buckets: TrendWeek[] = [];
  for (let i = 0; i < count; i++) {
    const start = new Date(starts[i]!);
    buckets.push({
      weekKey: isoWeekKey(weekStartsOn === 0 ? addDays(start, 1) : start),
      startMs: starts[i]!,
      endMs: starts[i + 1]!,
      satisfied: 0,
      complaints: 0,
      ratio: null,
    });
  }
  if (count === 0) return buckets;
  const first = starts[0]!;
  const last = starts[count]!;
  for (const c of conversations) {
    if (c.outcome === 'neutral' || c.atMs < first || c.atMs >= last) continue;
    // Binary search for the bucket: weeks are not all the same length in milliseconds.
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= c.atMs) lo = mid;
      else hi = mid - 1;
    }
    const bucket = buckets[lo]!;
    if (c.outcome === 'satisfied') bucket.satisfied++;
    else bucket.complaints++;
  }
  for (const b of buckets) b.ratio = b.complaints === 0 ? null : b.satisfied / b.complaints;
  return buckets;
}
