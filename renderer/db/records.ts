/** Helpers for creating and stamping records. */
import type { BaseRecord } from '../../shared/domain/types';
import { nowInstant } from '../../shared/dates/instant';

export function newRecordBase(now: string = nowInstant()): BaseRecord {
  return { id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null };
}
