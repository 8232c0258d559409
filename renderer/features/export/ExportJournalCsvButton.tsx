/** Journal page: "Export CSV" of conversations in a date range (exports feature). */
export function ExportJournalCsvButton(_props: { from?: string; to?: string }) {
  return null;
}
