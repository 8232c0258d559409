/**
 * "3.0" / "3,0": the ratio with exactly one decimal in the UI language. Formatters are cached:
 * creating an Intl.NumberFormat costs far more than using one, and a 52-week table formats 52.
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatRatio(ratio: number, language: string): string {
  const locale = language === 'ru' ? 'ru-RU' : 'en-GB';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    formatters.set(locale, formatter);
  }
  return formatter.format(ratio);
}
