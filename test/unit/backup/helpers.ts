/** Test helpers: the v1 fixture and a way to re-seal a hand-edited backup (new checksum and counts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_TABLES, checksumOfData } from '../../../shared/backup/format';

export const FIXTURE_V1 = path.resolve('test/fixtures/db-v1.json');
/** The same journal in schema version 2 (decisions with their status history). */
export const FIXTURE_V2 = path.resolve('test/fixtures/db-v2.json');

/** A deep copy of the v1 fixture as a plain object, ready to be damaged by a test. */
type RawRecord = Record<string, unknown>;
export type RawFixture = Record<string, unknown> & {
  data: { clients: RawRecord[]; conversations: RawRecord[]; disputes: RawRecord[]; decisions: RawRecord[] };
};

export function loadFixture(file: string = FIXTURE_V1): RawFixture {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function fixtureText(): string {
  return readFileSync(FIXTURE_V1, 'utf8');
}

/** Recomputes counts and checksum so only the damage a test made remains. */
export async function reseal(file: ReturnType<typeof loadFixture>): Promise<string> {
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES)
    counts[table] = Array.isArray(file.data[table] as unknown) ? file.data[table].length : 0;
  file.counts = counts;
  file.checksum = { algorithm: 'SHA-256', value: await checksumOfData(file.data) };
  return JSON.stringify(file, null, 2);
}
