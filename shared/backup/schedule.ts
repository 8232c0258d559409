/** When the daily automatic backup is due. */
const DAY = 24 * 60 * 60 * 1000;

/** Due when there was none yet or the last one is at least a day old. */
export function isBackupDue(lastBackupAt: string | null, now: number): boolean {
  return lastBackupAt === null || now - Date.parse(lastBackupAt) >= DAY;
}
