/**
 * The Rapport backup file format, version 1 (documented in docs/backup-format.md).
 *
 * One JSON object: a header (format name and version, app and schema versions, creation
 * instant, record counts, SHA-256 checksum of the data), the settings that give the data its
 * meaning (the ten-to-one target and friends), and every record of every table, tombstones
 * included. Objects are written with their keys sorted, so the same journal always gives
 * the same bytes and the checksum can be recomputed by anyone from the parsed `data`.
 */
import type { Settings } from '../domain/settings';
import type { Client, Conversation, Decision, Dispute } from '../domain/types';

export const BACKUP_FORMAT = 'rapport-backup';
/** Version of the file layout itself (header fields, checksum rule). */
export const BACKUP_FORMAT_VERSION = 1;
/**
 * Version of the record shapes inside `data`. Equals the Dexie schema version of
 * renderer/db/db.ts (a unit test keeps the two in step).
 */
export const CURRENT_SCHEMA_VERSION = 3;

export const BACKUP_TABLES = ['clients', 'conversations', 'disputes', 'decisions'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupData {
  clients: Client[];
  conversations: Conversation[];
  disputes: Dispute[];
  decisions: Decision[];
}

export type BackupCounts = Record<BackupTable, number>;

/** Settings that change what the data means; device preferences (theme, folder) stay out. */
export const BACKUP_SETTING_KEYS = [
  'targetRatio',
  'weekStartsOn',
  'nudgesEnabled',
  'nudgeAfterDays',
  'quietHoursStart',
  'quietHoursEnd',
  'keepInTouch',
  'eraseDeletedAfterDays',
] as const satisfies readonly (keyof Settings)[];
export type BackupSettings = Pick<Settings, (typeof BACKUP_SETTING_KEYS)[number]>;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  counts: BackupCounts;
  checksum: { algorithm: 'SHA-256'; value: string };
}

export interface BackupFile extends BackupHeader {
  settings: Partial<BackupSettings>;
  data: BackupData;
}

export function pickBackupSettings(settings: Settings): BackupSettings {
  const picked: Partial<BackupSettings> = {};
  for (const key of BACKUP_SETTING_KEYS) Object.assign(picked, { [key]: settings[key] });
  return picked as BackupSettings;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `rapport-backup-YYYY-MM-DD-HHmm.json` in local time (what the user sees on the clock). */
export function backupFileName(date: Date, prefix = 'rapport-backup'): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${prefix}-${day}-${pad(date.getHours())}${pad(date.getMinutes())}.json`;
}

/**
 * A deep copy with every object's keys in ascending UTF-16 code unit order (the default
 * `Array.prototype.sort`). Arrays keep their order. `undefined` members are dropped, as
 * JSON.stringify would.
 */
export function canonicalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalise);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = canonicalise(member);
    }
    return out;
  }
  return value;
}

/** JSON of one value with sorted keys and no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalise(value));
}

const textEncoder = new TextEncoder();

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text` (Web Crypto: browsers, Electron, Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', textEncoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The checksum rule: SHA-256 over the canonical JSON of `data` (sorted keys at every level,
 * no whitespace, UTF-8). Tables are themselves keys of `data`, so they appear in the order
 * clients, conversations, decisions, disputes.
 */
export async function checksumOfData(data: unknown): Promise<string> {
  return sha256Hex(canonicalJson(data));
}

/** Yields to the event loop so a long serialisation does not freeze the UI. */
export type Pause = () => Promise<void>;
export const noPause: Pause = async () => undefined;

export interface SerialiseOptions {
  appVersion: string;
  schemaVersion?: number;
  createdAt: string;
  settings: Partial<BackupSettings>;
  data: BackupData;
  /** Called after every `chunkSize` records with the share of records done (0..1). */
  onProgress?: (done: number) => void;
  pause?: Pause;
  chunkSize?: number;
}

export interface SerialisedBackup {
  json: string;
  counts: BackupCounts;
  checksum: string;
}

/**
 * Writes a backup file. Records are serialised in chunks (pausing in between) and written
 * one per line, so a text editor or diff shows one record per line. The bytes of `data`
 * without the line breaks are exactly the canonical JSON the checksum covers.
 */
export async function serialiseBackup(options: SerialiseOptions): Promise<SerialisedBackup> {
  const { data, pause = noPause, chunkSize = 2000 } = options;
  const counts = countsOf(data);
  const tables = [...BACKUP_TABLES].sort();
  const tableJson = await canonicalRecordLines(data, { pause, chunkSize, onProgress: options.onProgress });
  const canonicalData = `{${tables.map((t) => `${JSON.stringify(t)}:[${(tableJson[t] ?? []).join(',')}]`).join(',')}}`;
  const checksum = await sha256Hex(canonicalData);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: options.schemaVersion ?? CURRENT_SCHEMA_VERSION,
    createdAt: options.createdAt,
    counts,
    checksum: { algorithm: 'SHA-256', value: checksum },
  };
  const headerLines = Object.entries(header).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${canonicalJson(value)},`,
  );
  const dataLines = tables.map((t, ti) => {
    const lines = tableJson[t] ?? [];
    const body = lines.length ? `\n${lines.map((l) => `      ${l}`).join(',\n')}\n    ` : '';
    return `    ${JSON.stringify(t)}: [${body}]${ti < tables.length - 1 ? ',' : ''}`;
  });
  const json = [
    '{',
    ...headerLines,
    `  "settings": ${canonicalJson(options.settings)},`,
    '  "data": {',
    ...dataLines,
    '  }',
    '}',
    '',
  ].join('\n');
  return { json, counts, checksum };
}

interface ChunkOptions {
  pause: Pause;
  chunkSize: number;
  onProgress?: (done: number) => void;
}

/**
 * The canonical JSON of every record of every array in `tables`, in chunks with a pause
 * between them, so 50 000 records never block the UI in one go.
 */
async function canonicalRecordLines(tables: object, options: ChunkOptions): Promise<Record<string, string[]>> {
  const entries = Object.entries(tables).filter((e): e is [string, unknown[]] => Array.isArray(e[1]));
  const total = Math.max(
    1,
    entries.reduce((n, [, rows]) => n + rows.length, 0),
  );
  let done = 0;
  const out: Record<string, string[]> = {};
  for (const [name, records] of entries) {
    const lines: string[] = [];
    for (let i = 0; i < records.length; i += options.chunkSize) {
      for (const record of records.slice(i, i + options.chunkSize)) lines.push(canonicalJson(record));
      done += Math.min(options.chunkSize, records.length - i);
      options.onProgress?.(done / total);
      await options.pause();
    }
    out[name] = lines;
  }
  return out;
}

/**
 * `checksumOfData` for large data: the same bytes, built a chunk at a time with pauses.
 * Members of `data` that are not arrays are serialised whole.
 */
export async function checksumOfDataChunked(
  data: Record<string, unknown>,
  pause: Pause,
  chunkSize = 2000,
): Promise<string> {
  const lines = await canonicalRecordLines(data, { pause, chunkSize });
  const members = Object.keys(data)
    .filter((key) => data[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${lines[key] ? `[${lines[key].join(',')}]` : canonicalJson(data[key])}`);
  return sha256Hex(`{${members.join(',')}}`);
}

export function countsOf(data: BackupData): BackupCounts {
  return {
    clients: data.clients.length,
    conversations: data.conversations.length,
    disputes: data.disputes.length,
    decisions: data.decisions.length,
  };
}
