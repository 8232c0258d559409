/**
 * Gives the page a turn between slices of long work (a macrotask, so input and paint run
 * before the next slice). The one such helper: backup export, search indexing, CSV export.
 */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
