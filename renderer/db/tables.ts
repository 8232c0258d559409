import type { Client, Conversation, Decision, Dispute } from '../../shared/domain/types';

/** The journal's tables and the record each holds. */
export interface TableRecords {
  clients: Client;
  conversations: Conversation;
  disputes: Dispute;
  decisions: Decision;
}

export const TABLES = [
  'clients',
  'conversations',
  'disputes',
  'decisions',
] as const satisfies readonly (keyof TableRecords)[];
export type TableName = (typeof TABLES)[number];

export function isTableName(name: string): name is TableName {
  return (TABLES as readonly string[]).includes(name);
}
