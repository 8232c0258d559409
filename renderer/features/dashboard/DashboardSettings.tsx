/** Settings section: target ratio, week start, nudges and quiet hours. */
export function DashboardSettings() {
  return null;
}
