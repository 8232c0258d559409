/**
 * Deleting keeps a tombstone (`deletedAt` set) so backups, undo and restore see it; everything
 * else reads live records only. The one test for "live".
 */
export function isLive<T extends { deletedAt: string | null }>(
  record: T | undefined,
): record is T & { deletedAt: null } {
  return record !== undefined && record.deletedAt === null;
}
