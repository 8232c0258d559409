/** Helpers for creating and stamping records. */
import type { BaseRecord } from '../../shared/domain/types';
import { nowInstant } from '../../shared/dates/instant';

export function newRecordBase(now: string = nowInstant()): BaseRecord {
  return { id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null };
}

export function isLive<T extends { deletedAt: string | null }>(record: T | undefined): record is T {
  return record !== undefined && record.deletedAt === null;
}
