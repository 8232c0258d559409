/**
 * The journal database. Every schema version is declared here; a version with an upgrade
 * function is never edited after release — add a new version instead (and a migration test
 * that opens the old one first, plus a fixture in test/fixtures/db-vN.json).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Client, Conversation, Decision, Dispute } from '../../shared/domain/types';
import { startedDecisionHistory } from '../../shared/backup/migrations';
import { installChangeFeed } from './changeFeed';
import { installEncryption } from './encryption';
export { TABLES, type TableName } from './tables';

export const DB_NAME = 'rapport';
/** Current Dexie schema version (also written into backups). */
export const SCHEMA_VERSION = 3;

export type RapportDb = Dexie & {
  clients: EntityTable<Client, 'id'>;
  conversations: EntityTable<Conversation, 'id'>;
  disputes: EntityTable<Dispute, 'id'>;
  decisions: EntityTable<Decision, 'id'>;
};

/** Declares the schema on a Dexie instance (shared by the app and by migration tests). */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    clients: 'id, name, organization, email, lastContactAt, updatedAt',
    conversations: 'id, at, clientId, [clientId+at], outcome, updatedAt',
    disputes: 'id, clientId, status, openedOn, *conversationIds, updatedAt',
    decisions: 'id, clientId, conversationId, disputeId, status, due, updatedAt',
  });
  // v2: decisions keep the history of their status. An existing decision's history starts
  // from what is known: its current status, set when it was last written.
  db.version(2)
    .stores({})
    .upgrade((tx) =>
      tx
        .table<Decision>('decisions')
        .toCollection()
        .modify((decision) => {
          decision.statusHistory = startedDecisionHistory(decision);
        }),
    );
  // v3: only the indexes a query uses (test/unit/db/indexes.test.ts keeps it so): each index
  // costs time on every write and on a large load. Records are unchanged.
  db.version(3).stores({
    clients: 'id, name',
    conversations: 'id, at, [clientId+at]',
    disputes: 'id, clientId, status, *conversationIds',
    decisions: 'id, clientId, conversationId, disputeId, due',
  });
}

export function openDb(name = DB_NAME): RapportDb {
  // Strict durability: a write is on disk before Dexie reports success. Never lose a word.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as RapportDb;
  declareSchema(db);
  installEncryption(db);
  installChangeFeed(db);
  return db;
}

/** The app's single database instance. */
export const db: RapportDb = openDb();
