/**
 * Encryption at rest: a Dexie DBCore middleware, the lowest in the stack (closest to IndexedDB),
 * that seals the text fields of every journal record on its way to disk and opens them on the way
 * back (sealedFields.ts says which fields). Everything above it — Dexie's hooks and caches, the
 * change feed, repositories, the UI — sees plain records, so none of them changes. The cipher is
 * synchronous (XChaCha20-Poly1305 in JavaScript), so no transaction ever awaits inside itself.
 *
 * The state per database: no cipher and not required — records are written in clear (an
 * unprotected journal); a cipher — every record written is sealed, and sealed and clear records
 * are both read (so turning protection on or off can rewrite the journal in batches, and a
 * half-rewritten journal stays readable); required without a cipher (locked) — reading a sealed
 * record and every write are refused with JournalLockedError, never answered in clear or empty.
 *
 * A sealed record that fails authentication (altered on disk, or moved to another record) is not
 * dropped: it is read with its sealed fields blank and listed in `damaged` by table and id, for
 * Settings → Privacy to report.
 *
 * This module imports no cryptography: the cipher (recordCipher.ts, @noble/ciphers) is loaded
 * only when a protected journal is unlocked, outside the start-up bundle.
 */
import type Dexie from 'dexie';
import type { DBCoreCursor, DBCoreTable } from 'dexie';
import { isTableName, type TableName } from './tables';
import { SEALED_KEY, sealerOf } from './sealedFields';

export interface RecordCipher {
  seal(plaintext: string, aad: string): string;
  /** Throws when the sealed text fails authentication. */
  open(sealed: string, aad: string): string;
}

export class JournalLockedError extends Error {
  constructor() {
    super('The journal is locked.');
    this.name = 'JournalLockedError';
  }
}

export interface DamagedRecord {
  table: TableName;
  id: string;
}

export class JournalCipherState {
  private cipher: RecordCipher | null = null;
  private required = false;
  private readonly damagedRecords = new Map<string, DamagedRecord>();
  private readonly listeners = new Set<() => void>();

  /** Unlocks (a cipher) or locks/turns off (null). */
  setCipher(cipher: RecordCipher | null): void {
    this.cipher = cipher;
    if (!cipher) this.damagedRecords.clear();
    this.emit();
  }

  /** Protected: without a cipher nothing is written and nothing sealed is read. */
  setRequired(required: boolean): void {
    this.required = required;
    this.emit();
  }

  get unlocked(): boolean {
    return this.cipher !== null;
  }

  get locked(): boolean {
    return this.required && this.cipher === null;
  }

  /** Sealed records that failed authentication since the last unlock, by table and id. */
  damaged(): DamagedRecord[] {
    return [...this.damagedRecords.values()];
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  /** The record as stored: sealed with a cipher, in clear without one (refused when required). */
  encode(table: TableName, value: unknown): unknown {
    if (!isRecord(value)) return value;
    if (!this.cipher) {
      if (this.required) throw new JournalLockedError();
      return value;
    }
    const { [SEALED_KEY]: _stale, ...record } = value;
    const sealer = sealerOf(table);
    const plain = record as never;
    return {
      ...(sealer.blank(plain) as object),
      [SEALED_KEY]: this.cipher.seal(JSON.stringify(sealer.secret(plain)), aadOf(table, record.id)),
    };
  }

  /** The record as the app sees it. */
  decode(table: TableName, value: unknown): unknown {
    if (!isRecord(value) || typeof value[SEALED_KEY] !== 'string') return value;
    if (!this.cipher) throw new JournalLockedError();
    const { [SEALED_KEY]: sealed, ...record } = value;
    const sealer = sealerOf(table);
    let secret: unknown;
    try {
      secret = JSON.parse(this.cipher.open(sealed as string, aadOf(table, record.id)));
    } catch {
      const id = String(record.id);
      if (!this.damagedRecords.has(`${table}/${id}`)) {
        this.damagedRecords.set(`${table}/${id}`, { table, id });
        queueMicrotask(() => this.emit());
      }
      return record;
    }
    return sealer.merge(record as never, secret);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Binds a sealed text to its table and record. */
export function aadOf(table: TableName, id: unknown): string {
  return `${table}/${String(id)}`;
}

/** A cursor that shows its value decoded; everything else is the cursor's own. */
function decodingCursor(cursor: DBCoreCursor, decode: (value: unknown) => unknown): DBCoreCursor {
  let lastKey: unknown = undefined;
  let lastRaw: unknown = undefined;
  let lastValue: unknown = undefined;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        const raw: unknown = cursor.value;
        if (raw !== lastRaw || cursor.primaryKey !== lastKey) {
          lastRaw = raw;
          lastKey = cursor.primaryKey;
          lastValue = decode(raw);
        }
        return lastValue;
      },
    },
  }) as DBCoreCursor;
}

function encryptingTable(table: DBCoreTable, name: TableName, state: JournalCipherState): DBCoreTable {
  const decode = (value: unknown) => state.decode(name, value);
  return {
    ...table,
    mutate(req) {
      if (req.type === 'add' || req.type === 'put') {
        return table.mutate({ ...req, values: req.values.map((value: unknown) => state.encode(name, value)) });
      }
      return table.mutate(req);
    },
    get(req) {
      return table.get(req).then(decode);
    },
    getMany(req) {
      return table.getMany(req).then((values) => values.map(decode));
    },
    query(req) {
      return table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(decode) } : res));
    },
    openCursor(req) {
      return table.openCursor(req).then((cursor) => (cursor && req.values ? decodingCursor(cursor, decode) : cursor));
    },
  };
}

const states = new WeakMap<Dexie, JournalCipherState>();

/** The encryption state of a database opened with `installEncryption`. */
export function cipherStateOf(db: Dexie): JournalCipherState {
  const state = states.get(db);
  if (!state) throw new Error('installEncryption was not called on this database.');
  return state;
}

/** Installs the middleware (before the database opens); the journal starts unprotected until told. */
export function installEncryption(db: Dexie): JournalCipherState {
  const state = new JournalCipherState();
  states.set(db, state);
  db.use({
    stack: 'dbcore',
    name: 'rapportEncryption',
    // Below Dexie's own middlewares (the lowest is -1): everything above sees plain records.
    level: -10,
    create(down) {
      return {
        ...down,
        table(tableName) {
          const table = down.table(tableName);
          return isTableName(tableName) ? encryptingTable(table, tableName, state) : table;
        },
      };
    },
  });
  return state;
}
