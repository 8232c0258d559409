/** Settings section: Back up now, Restore from backup…, automatic backups folder. */
export function BackupSettings() {
  return null;
}
