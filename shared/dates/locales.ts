import { enGB, ru } from 'date-fns/locale';
import type { Locale } from 'date-fns';
import type { Language } from '../domain/settings';

/** date-fns locale for an app language. English uses en-GB (day-month order, Monday weeks). */
export function dateLocale(language: Language): Locale {
  return language === 'ru' ? ru : enGB;
}
