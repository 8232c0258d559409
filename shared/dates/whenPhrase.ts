/**
 * "When" in words: the log dialog's When field reads a phrase in English or Russian
 * ("yesterday 15:00", "last Friday 10:30", "2 hours ago", "вчера в 15:00", "позавчера") with
 * chrono-node, relative to a given `now`, in the local time zone. Pure: the same text, now
 * and language always give the same instant. chrono-node is large (about 60 KB gzipped for
 * both languages), so only the lazily loaded dialog imports this module.
 */
import * as chronoEn from 'chrono-node/en';
import * as chronoRu from 'chrono-node/ru';
import { format, isValid, set } from 'date-fns';
import type { Language } from '../domain/settings';
import { dateLocale } from './locales';

/** What the field holds: empty means now; otherwise an instant, or a phrase not understood. */
export type WhenReading = { kind: 'now' } | { kind: 'at'; date: Date } | { kind: 'invalid' };

const PARSERS = { en: chronoEn.casual, ru: chronoRu.casual } as const;

/** `yyyy-MM-ddTHH:mm` (a native date-and-time picker's value, and drafts of earlier versions). */
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/** The phrase without outer spaces and a closing full stop, as compared with what chrono read. */
function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.,]$/, '').trim();
}

function readWith(language: Language, text: string, now: Date): Date | null {
  const results = PARSERS[language].parse(text, { instant: now });
  // Only a phrase read as a whole: "30.11 15:00", of which chrono would read just the time, is refused.
  if (results.length !== 1) return null;
  const [result] = results;
  if (!result || result.index !== 0 || normalise(result.text) !== text) return null;
  const date = result.start.date();
  if (!isValid(date)) return null;
  // A day without a time ("Friday", "позавчера") keeps the time of day it is now.
  if (!result.start.isCertain('hour')) {
    return set(date, { hours: now.getHours(), minutes: now.getMinutes(), seconds: 0, milliseconds: 0 });
  }
  return date;
}

/**
 * Reads the When field. The app's language is tried first, then the other one, so an English
 * phrase works in the Russian app and back. A native picker's `yyyy-MM-ddTHH:mm` is local time.
 */
export function readWhen(text: string, now: Date, language: Language): WhenReading {
  const phrase = normalise(text);
  if (!phrase) return { kind: 'now' };
  const local = LOCAL_INPUT.exec(phrase);
  if (local) {
    const [year, month, day, hours, minutes] = local.slice(1).map(Number) as [number, number, number, number, number];
    const date = new Date(year, month - 1, day, hours, minutes);
    // new Date rolls 31 Feb over into March; refuse instead.
    return isValid(date) && date.getDate() === day && date.getMonth() === month - 1
      ? { kind: 'at', date }
      : { kind: 'invalid' };
  }
  for (const candidate of language === 'ru' ? (['ru', 'en'] as const) : (['en', 'ru'] as const)) {
    const date = readWith(candidate, phrase, now);
    if (date) return { kind: 'at', date };
  }
  return { kind: 'invalid' };
}

/** The instant the field means (now for an empty field), or null when it is not understood. */
export function whenInstant(text: string, now: Date, language: Language): Date | null {
  const reading = readWhen(text, now, language);
  return reading.kind === 'now' ? now : reading.kind === 'at' ? reading.date : null;
}

/**
 * What the dialog shows next to the field, in the weekly summary's format: "Mon 30 Nov, 15:00"
 * ("пнд 30 нояб., 15:00"), with the year when it is not this year's.
 */
export function formatUnderstood(date: Date, now: Date, language: Language): string {
  const pattern = date.getFullYear() === now.getFullYear() ? 'EEE d MMM, HH:mm' : 'EEE d MMM yyyy, HH:mm';
  return format(date, pattern, { locale: dateLocale(language) });
}

/**
 * An instant written back into the field (editing a conversation, a date picked in the
 * calendar) so that readWhen reads it again exactly: "30 Nov 2026 15:00", "30.11.2026 15:00".
 */
export function formatWhenField(date: Date, language: Language): string {
  return format(date, language === 'ru' ? 'dd.MM.yyyy HH:mm' : 'd MMM yyyy HH:mm', { locale: dateLocale(language) });
}
