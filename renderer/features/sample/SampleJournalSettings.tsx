/** Settings section: Load sample journal. */
export function SampleJournalSettings() {
  return null;
}
