/** File names of the exports. ASCII only, so they survive every file system and mail client. */

export type SummaryExtension = 'md' | 'html' | 'pdf' | 'csv';

/** `rapport-summary-2026-W48.md` */
export function summaryFileName(week: string, ext: SummaryExtension): string {
  return `rapport-summary-${week}.${ext}`;
}

/**
 * `rapport-journal-2026-11-01-to-2026-11-30.csv`; an open end is named by the first or last
 * conversation's date, and no range at all by today (`rapport-journal-all-2026-11-30.csv`).
 */
export function journalCsvFileName(from: string | null, to: string | null, today: string): string {
  if (!from && !to) return `rapport-journal-all-${today}.csv`;
  return `rapport-journal-${from ?? 'start'}-to-${to ?? today}.csv`;
}
