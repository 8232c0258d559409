/** "3.0" / "3,0": the ratio with exactly one decimal in the UI language. */
export function formatRatio(ratio: number, language: string): string {
  return new Intl.NumberFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}
