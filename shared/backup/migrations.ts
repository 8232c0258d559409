/**
 * Migrations of backup data from older schema versions. A backup records the schema version
 * of its records; on restore, the steps below run in order until the records have the current
 * shape, and only then are they validated against today's zod schemas.
 *
 * Schema version 1 is the first released schema, so the list is empty today. When the Dexie
 * schema gets version N+1 (renderer/db/db.ts), add one step here that turns version-N records
 * into version-(N+1) records — the same change the Dexie upgrade function makes — plus a
 * fixture test/fixtures/db-vN.json and its test. Steps are never edited once released.
 */

/** Raw records per table, as parsed from JSON and not yet validated. */
export type RawBackupData = Record<string, unknown[]>;

export interface SchemaMigration {
  /** The schema version this step reads; it produces `from + 1`. */
  from: number;
  /** One line for the docs and error messages. */
  description: string;
  migrate: (data: RawBackupData) => RawBackupData;
}

export const SCHEMA_MIGRATIONS: readonly SchemaMigration[] = [];

export class MissingMigrationError extends Error {
  constructor(readonly from: number) {
    super(`No migration from schema version ${from}.`);
  }
}

/** Runs every step from `fromVersion` up to `toVersion`. Throws when a step is missing. */
export function migrateBackupData(
  data: RawBackupData,
  fromVersion: number,
  toVersion: number,
  migrations: readonly SchemaMigration[] = SCHEMA_MIGRATIONS,
): RawBackupData {
  let current = data;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MissingMigrationError(version);
    current = step.migrate(current);
  }
  return current;
}
