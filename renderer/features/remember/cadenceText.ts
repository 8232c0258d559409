/** Parsing what is typed into a cadence field (whole days, 1..365). */
import { MAX_CADENCE_DAYS, MIN_CADENCE_DAYS } from '../../../shared/domain/settings';

export function parseCadenceDays(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= MIN_CADENCE_DAYS && n <= MAX_CADENCE_DAYS ? n : null;
}
