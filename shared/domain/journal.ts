/**
 * What "an empty journal" means, the one definition: no table holds a live record. Tombstones
 * of deleted entries do not count — nothing the director wrote is left to keep. It decides
 * whether the sample journal may be loaded, whether an automatic backup is written (an empty
 * fresh profile must not rotate real backups out of the folder) and whether a restore first
 * keeps a safety backup.
 */
/** Live records per table (a count may stop at a limit: only zero or not matters here). */
export type LiveCounts = Readonly<Record<'clients' | 'conversations' | 'disputes' | 'decisions', number>>;

export function isEmptyJournal(liveCounts: LiveCounts): boolean {
  return Object.values(liveCounts).every((count) => count === 0);
}
