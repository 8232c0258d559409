/** Background: the daily automatic backup and the on-quit one. */
export function AutoBackup() {
  return null;
}
