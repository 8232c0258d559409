/**
 * Migrations of backup data from older schema versions. A backup records the schema version
 * of its records; on restore, the steps below run in order until the records have the current
 * shape, and only then are they validated against today's zod schemas.
 *
 * When the Dexie schema gets version N+1 (renderer/db/db.ts), add one step here that turns
 * version-N records into version-(N+1) records — the same change the Dexie upgrade function
 * makes (share the function) — plus a fixture test/fixtures/db-vN.json and its test. Steps are
 * never edited once released.
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

/**
 * v1 → v2: a decision's status history starts from what v1 knew, its current status set at its
 * `updatedAt`. Shared by the Dexie upgrade and the backup migration, so both give the same result.
 */
export function startedDecisionHistory<S, T>(decision: { status: S; updatedAt: T }): { status: S; at: T }[] {
  return [{ status: decision.status, at: decision.updatedAt }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export const SCHEMA_MIGRATIONS: readonly SchemaMigration[] = [
  {
    from: 1,
    description: 'decisions gain statusHistory, started from their status and updatedAt',
    migrate: (data) => ({
      ...data,
      decisions: (data.decisions ?? []).map((raw) =>
        isRecord(raw) && !('statusHistory' in raw)
          ? { ...raw, statusHistory: startedDecisionHistory({ status: raw.status, updatedAt: raw.updatedAt }) }
          : raw,
      ),
    }),
  },
  {
    from: 2,
    description: 'unused indexes dropped; records unchanged',
    migrate: (data) => data,
  },
];

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
