/**
 * Instants are stored as ISO 8601 strings in UTC with the `Z` offset
 * (`2026-11-23T12:04:00.000Z`). Fixed width and one offset make string order equal to time
 * order, so IndexedDB range queries on them are exact even across DST changes and travel.
 * Display converts to the local time zone. Input with any other offset is accepted and
 * normalised with `normaliseInstant`.
 */
import { parseISO } from 'date-fns';

export function nowInstant(): string {
  return new Date().toISOString();
}

/** Any ISO 8601 instant (with an offset) to the stored UTC form. */
export function normaliseInstant(instant: string): string {
  return new Date(Date.parse(instant)).toISOString();
}

export function parseInstant(instant: string): Date {
  return parseISO(instant);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `yyyy-MM-dd` of a Date in the local time zone. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `yyyy-MM-dd` of an instant in the local time zone. */
export function localDateOf(instant: string): string {
  return localDate(parseISO(instant));
}

export function todayLocal(now: Date = new Date()): string {
  return localDate(now);
}
