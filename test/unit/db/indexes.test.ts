/**
 * Every index the schema declares is one a query uses, and every query's index is declared:
 * an unused index costs time on every write and on the 50 000-row load; a missing one fails at
 * run time. Reads the repositories' source for `db.<table>.where('…')` / `.orderBy('…')`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareSchema, TABLES } from '../../../renderer/db/db';

const DB_DIR = path.resolve('renderer/db');

function sources(): string[] {
  return readdirSync(DB_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(DB_DIR, f), 'utf8'));
}

/** `table → index names` used by queries in renderer/db (the primary key `:id` aside). */
function queriedIndexes(): { used: Map<string, Set<string>>; unattributed: string[] } {
  const used = new Map<string, Set<string>>(TABLES.map((t) => [t, new Set<string>()]));
  const unattributed: string[] = [];
  for (const text of sources()) {
    const attributed =
      /\b(?:db|database)\s*\.\s*(clients|conversations|disputes|decisions)\s*\.\s*(?:where|orderBy)\(\s*'([^']+)'/g;
    let attributedCount = 0;
    for (const m of text.matchAll(attributed)) {
      used.get(m[1]!)!.add(m[2]!);
      attributedCount++;
    }
    const all = [...text.matchAll(/\.(?:where|orderBy)\(\s*'([^']+)'/g)].map((m) => m[1]!).filter((i) => i !== ':id');
    if (all.length !== attributedCount) unattributed.push(...all);
  }
  return { used, unattributed };
}

function declaredIndexes(): Map<string, Set<string>> {
  const schema = new Dexie('rapport-indexes-test');
  declareSchema(schema);
  return new Map(schema.tables.map((t) => [t.name, new Set(t.schema.indexes.map((i) => i.name))]));
}

describe('schema indexes', () => {
  it('every query in renderer/db names its table, so the check below sees it', () => {
    expect(queriedIndexes().unattributed).toEqual([]);
  });

  it('declares exactly the indexes the queries use', () => {
    const { used } = queriedIndexes();
    const declared = declaredIndexes();
    for (const table of TABLES) {
      expect([...declared.get(table)!].sort(), table).toEqual([...used.get(table)!].sort());
    }
  });
});
