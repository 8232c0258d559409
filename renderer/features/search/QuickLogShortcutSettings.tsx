/** Settings section: the global quick-log shortcut. */
export function QuickLogShortcutSettings() {
  return null;
}
