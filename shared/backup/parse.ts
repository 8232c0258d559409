/**
 * Reads and validates a whole backup file before anything is restored. Every failure is a
 * `BackupError` whose `problem` says exactly what is wrong: which table, which record (index
 * and id) and which field, so the user (or support) can find it in the file.
 */
import { z } from 'zod';
import { clientSchema, conversationSchema, decisionSchema, disputeSchema, settingsSchema } from '../domain/schemas';
import { RECORD_INSTANTS } from '../domain/instants';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_SETTING_KEYS,
  BACKUP_TABLES,
  CURRENT_SCHEMA_VERSION,
  checksumOfDataChunked,
  noPause,
  type BackupCounts,
  type BackupData,
  type BackupSettings,
  type BackupTable,
  type Pause,
} from './format';
import {
  MissingMigrationError,
  SCHEMA_MIGRATIONS,
  migrateBackupData,
  type RawBackupData,
  type SchemaMigration,
} from './migrations';

/** What is wrong with one field: missing, of the wrong type, or a value that is not allowed. */
export type FieldIssue =
  | { kind: 'missing' }
  | { kind: 'type'; expected: string }
  | { kind: 'empty' }
  | { kind: 'format'; format: string }
  /** A time without an offset (or not a time at all) where an instant is required. */
  | { kind: 'instant' }
  | { kind: 'value' };

export type BackupProblem =
  | { code: 'empty' }
  | { code: 'notJson'; detail: string }
  | { code: 'truncated' }
  | { code: 'notBackup' }
  | { code: 'futureFormat'; formatVersion: number }
  | { code: 'badHeader'; field: string; issue: FieldIssue }
  | { code: 'futureSchema'; schemaVersion: number }
  | { code: 'noMigration'; schemaVersion: number }
  | { code: 'checksumMismatch'; expected: string; actual: string }
  | { code: 'missingTable'; table: BackupTable }
  | { code: 'duplicateId'; table: BackupTable; index: number; id: string; firstIndex: number }
  | {
      code: 'idInTwoTables';
      table: BackupTable;
      index: number;
      id: string;
      firstTable: BackupTable;
      firstIndex: number;
    }
  | { code: 'invalidRecord'; table: BackupTable; index: number; id: string | null; field: string; issue: FieldIssue }
  | { code: 'countMismatch'; table: BackupTable; expected: number; actual: number }
  | { code: 'badSettings'; field: string; issue: FieldIssue };

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(describeBackupProblem(problem));
    this.name = 'BackupError';
  }
}

export interface ParsedBackup {
  appVersion: string;
  /** Schema version the file was written with (before migration). */
  schemaVersion: number;
  createdAt: string;
  counts: BackupCounts;
  checksum: string;
  settings: Partial<BackupSettings>;
  /** Records in the current schema, exactly as in the file (after migration when older). */
  data: BackupData;
  migratedFrom: number | null;
}

export interface ParseOptions {
  currentSchemaVersion?: number;
  migrations?: readonly SchemaMigration[];
  /** Called with the share of records validated (0..1). */
  onProgress?: (done: number) => void;
  pause?: Pause;
}

const RECORD_SCHEMAS: Record<BackupTable, z.ZodType> = {
  clients: clientSchema,
  conversations: conversationSchema,
  disputes: disputeSchema,
  decisions: decisionSchema,
};

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(0),
  createdAt: z.iso.datetime({ offset: true }),
  counts: z.object({
    clients: z.number().int().min(0),
    conversations: z.number().int().min(0),
    disputes: z.number().int().min(0),
    decisions: z.number().int().min(0),
  }),
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
  data: z.record(z.string(), z.unknown()),
});

const backupSettingsSchema = settingsSchema.pick(
  Object.fromEntries(BACKUP_SETTING_KEYS.map((k) => [k, true])) as Record<(typeof BACKUP_SETTING_KEYS)[number], true>,
);

/** `plan[2].due`, `feedback.criteria.courtesy`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function describeIssue(root: unknown, issue: z.core.$ZodIssue): FieldIssue {
  if (valueAt(root, issue.path) === undefined) return { kind: 'missing' };
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'type', expected: issue.expected };
    case 'too_small':
      return { kind: 'empty' };
    case 'invalid_format':
      return issue.format === 'datetime' ? { kind: 'instant' } : { kind: 'format', format: issue.format };
    default:
      return { kind: 'value' };
  }
}

function firstIssue(root: unknown, error: z.ZodError): { field: string; issue: FieldIssue } {
  const issue = error.issues[0];
  if (!issue) return { field: '', issue: { kind: 'value' } };
  return { field: formatPath(issue.path), issue: describeIssue(root, issue) };
}

function parseJson(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new BackupError({ code: 'empty' });
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    // A file cut short (interrupted copy, full disk) starts like a backup and stops mid-way.
    if (trimmed.startsWith('{') && !trimmed.endsWith('}')) throw new BackupError({ code: 'truncated' });
    throw new BackupError({ code: 'notJson', detail: error instanceof Error ? error.message : String(error) });
  }
}

/** Parses, checks and migrates a backup file. Throws `BackupError`; never returns a partial result. */
export async function parseBackup(text: string, options: ParseOptions = {}): Promise<ParsedBackup> {
  const currentSchemaVersion = options.currentSchemaVersion ?? CURRENT_SCHEMA_VERSION;
  const pause = options.pause ?? noPause;
  const root = parseJson(text);
  if (
    root === null ||
    typeof root !== 'object' ||
    Array.isArray(root) ||
    (root as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw new BackupError({ code: 'notBackup' });
  }
  const formatVersion = (root as { formatVersion?: unknown }).formatVersion;
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError({ code: 'futureFormat', formatVersion });
  }
  const header = headerSchema.safeParse(root);
  if (!header.success) throw new BackupError({ code: 'badHeader', ...firstIssue(root, header.error) });
  const { schemaVersion } = header.data;
  if (schemaVersion > currentSchemaVersion) throw new BackupError({ code: 'futureSchema', schemaVersion });

  // The checksum covers the data exactly as written, before any migration.
  const actual = await checksumOfDataChunked(header.data.data, pause);
  if (actual !== header.data.checksum.value) {
    throw new BackupError({ code: 'checksumMismatch', expected: header.data.checksum.value, actual });
  }

  const settingsRaw = (root as { settings?: unknown }).settings ?? {};
  const settings = backupSettingsSchema.partial().safeParse(settingsRaw);
  if (!settings.success) throw new BackupError({ code: 'badSettings', ...firstIssue(settingsRaw, settings.error) });

  const raw: RawBackupData = {};
  for (const table of BACKUP_TABLES) {
    const records = header.data.data[table];
    if (!Array.isArray(records)) throw new BackupError({ code: 'missingTable', table });
    // Counts are checked on the file as written; a migration may legitimately change them.
    if (header.data.counts[table] !== records.length) {
      throw new BackupError({
        code: 'countMismatch',
        table,
        expected: header.data.counts[table],
        actual: records.length,
      });
    }
    raw[table] = records;
  }
  let migrated: RawBackupData = raw;
  try {
    migrated = migrateBackupData(raw, schemaVersion, currentSchemaVersion, options.migrations ?? SCHEMA_MIGRATIONS);
  } catch (error) {
    if (error instanceof MissingMigrationError) throw new BackupError({ code: 'noMigration', schemaVersion });
    throw error;
  }

  const total = Math.max(
    1,
    BACKUP_TABLES.reduce((sum, t) => sum + (migrated[t]?.length ?? 0), 0),
  );
  let done = 0;
  // Ids are unique across the journal, not only within a table: search, links and sync key
  // records by id alone.
  const seen = new Map<string, { table: BackupTable; index: number }>();
  for (const table of BACKUP_TABLES) {
    const records = migrated[table];
    if (!Array.isArray(records)) throw new BackupError({ code: 'missingTable', table });
    const schema = RECORD_SCHEMAS[table];
    for (let index = 0; index < records.length; index++) {
      const record = records[index];
      const id = typeof (record as { id?: unknown } | null)?.id === 'string' ? (record as { id: string }).id : null;
      const result = schema.safeParse(record);
      if (!result.success) {
        throw new BackupError({ code: 'invalidRecord', table, index, id, ...firstIssue(record, result.error) });
      }
      if (id !== null) {
        const first = seen.get(id);
        if (first?.table === table) {
          throw new BackupError({ code: 'duplicateId', table, index, id, firstIndex: first.index });
        }
        if (first) {
          throw new BackupError({
            code: 'idInTwoTables',
            table,
            index,
            id,
            firstTable: first.table,
            firstIndex: first.index,
          });
        }
        seen.set(id, { table, index });
      }
      // Every instant in the stored UTC form: an offset is the same moment, converted.
      (records as unknown[])[index] = (RECORD_INSTANTS[table] as (r: unknown) => unknown)(record);
      if (++done % 2000 === 0) {
        options.onProgress?.(done / total);
        await pause();
      }
    }
  }
  options.onProgress?.(1);

  return {
    appVersion: header.data.appVersion,
    schemaVersion,
    createdAt: header.data.createdAt,
    counts: {
      clients: migrated.clients?.length ?? 0,
      conversations: migrated.conversations?.length ?? 0,
      disputes: migrated.disputes?.length ?? 0,
      decisions: migrated.decisions?.length ?? 0,
    },
    checksum: header.data.checksum.value,
    settings: settings.data,
    // Validated above; the records themselves are kept as written (not zod's trimmed output),
    // so restore gives back exactly what was backed up, except that every instant is in the
    // stored UTC form.
    data: migrated as unknown as BackupData,
    migratedFrom: schemaVersion < currentSchemaVersion ? schemaVersion : null,
  };
}

/** What an instant looks like, for the message refusing one that is not. */
export const INSTANT_EXAMPLE =
  'a date and time with an offset, such as 2026-11-29T20:30:00.000Z or 2026-11-29T23:30:00+03:00';

function issueText(issue: FieldIssue): string {
  switch (issue.kind) {
    case 'missing':
      return 'is missing';
    case 'type':
      return `should be of type ${issue.expected}`;
    case 'empty':
      return 'is empty or too small';
    case 'format':
      return `is not a valid ${issue.format}`;
    case 'instant':
      return `is not an instant: ${INSTANT_EXAMPLE}`;
    case 'value':
      return 'has a value that is not allowed';
  }
}

/** English description, for logs and tests; the UI translates the problem itself. */
export function describeBackupProblem(problem: BackupProblem): string {
  switch (problem.code) {
    case 'empty':
      return 'The file is empty.';
    case 'notJson':
      return `The file is not a Rapport backup: it is not JSON (${problem.detail}).`;
    case 'truncated':
      return 'The file is incomplete: it ends in the middle of the data (it was probably cut off while copying or saving).';
    case 'notBackup':
      return 'The file is JSON but not a Rapport backup (its "format" is not "rapport-backup").';
    case 'futureFormat':
      return `The backup was made by a newer version of Rapport (file format ${problem.formatVersion}). Update Rapport to restore it.`;
    case 'badHeader':
      return `The backup header is damaged: field "${problem.field}" ${issueText(problem.issue)}.`;
    case 'futureSchema':
      return `The backup was made by a newer version of Rapport (schema version ${problem.schemaVersion}). Update Rapport to restore it.`;
    case 'noMigration':
      return `The backup uses schema version ${problem.schemaVersion}, which this version of Rapport cannot convert.`;
    case 'checksumMismatch':
      return 'The checksum does not match: the data was changed or damaged after the backup was made.';
    case 'missingTable':
      return `The backup has no "${problem.table}" table.`;
    case 'duplicateId':
      return `Table "${problem.table}", record ${problem.index + 1} (id ${problem.id}): the id is used twice (also record ${problem.firstIndex + 1}).`;
    case 'idInTwoTables':
      return `Table "${problem.table}", record ${problem.index + 1} (id ${problem.id}): the id is also used by table "${problem.firstTable}", record ${problem.firstIndex + 1}; an id must be unique across the journal.`;
    case 'invalidRecord':
      return `Table "${problem.table}", record ${problem.index + 1}${problem.id ? ` (id ${problem.id})` : ''}: field "${problem.field}" ${issueText(problem.issue)}.`;
    case 'countMismatch':
      return `Table "${problem.table}" has ${problem.actual} records but the header says ${problem.expected}.`;
    case 'badSettings':
      return `The backup settings are damaged: "${problem.field}" ${issueText(problem.issue)}.`;
  }
}
