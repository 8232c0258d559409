/**
 * A change feed for in-memory models (the conversation index, the search index): a Dexie
 * DBCore middleware that reports every committed write — values put, keys deleted, or a
 * table cleared — after its transaction completes. Aborted transactions report nothing, so
 * models never show a write that did not reach the disk.
 */
import type Dexie from 'dexie';
import type { DBCoreMutateRequest, DBCoreTransaction } from 'dexie';
import { isTableName, type TableName, type TableRecords } from './tables';

/** One table's part of a committed transaction; `table` tells which records `upserts` holds. */
export type TableChange = { [T in TableName]: TableChangeOf<T> }[TableName];

export interface TableChangeOf<T extends TableName> {
  table: T;
  /** Full records written (add, put, update, modify). */
  upserts: TableRecords[T][];
  /** Primary keys (ids) deleted. */
  deletes: string[];
  /** A range delete (clear): listeners should reload the table. */
  cleared: boolean;
  /**
   * The whole table was emptied (`clear()`), so the changes after it in the same batch are
   * the table's complete new contents: listeners can rebuild from them without a reload.
   */
  emptied?: boolean;
}

export type ChangeListener = (changes: TableChange[]) => void;

const listeners = new WeakMap<Dexie, Set<ChangeListener>>();

export function onCommittedChanges(db: Dexie, listener: ChangeListener): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Pending changes per native transaction, flushed on 'complete'. */
const pending = new WeakMap<object, TableChange[]>();

function record(db: Dexie, trans: DBCoreTransaction, change: TableChange): void {
  const idbTrans = trans as unknown as IDBTransaction;
  let list = pending.get(idbTrans);
  if (!list) {
    list = [];
    pending.set(idbTrans, list);
    idbTrans.addEventListener('complete', () => {
      const changes = pending.get(idbTrans) ?? [];
      pending.delete(idbTrans);
      for (const listener of listeners.get(db) ?? []) listener(changes);
    });
  }
  list.push(change);
}

function describe(table: TableName, req: DBCoreMutateRequest): TableChange {
  switch (req.type) {
    case 'add':
    case 'put':
      return { table, upserts: [...req.values], deletes: [], cleared: false };
    case 'delete':
      return { table, upserts: [], deletes: [...req.keys], cleared: false };
    case 'deleteRange':
      // DBCore range type 3 is "any key": the whole table.
      return { table, upserts: [], deletes: [], cleared: true, emptied: req.range.type === 3 };
  }
}

export function installChangeFeed(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'rapportChangeFeed',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(req) {
              return table.mutate(req).then((res) => {
                if (isTableName(name)) record(db, req.trans, describe(name, req));
                return res;
              });
            },
          };
        },
      };
    },
  });
}
