/**
 * From a parsed file and a column mapping to an import plan: each row validated (with its
 * line number), and each valid row checked against existing clients and earlier rows of the
 * same file for duplicates (same name and organization, case-insensitively, or same email).
 * Then `resolveImport` applies the user's Skip/Merge choices. Pure functions: the database
 * write is one transaction in renderer/db/importClients.ts.
 */
import type { Client } from '../domain/types';
import type { ColumnMapping } from './mapping';
import type { ImportTable } from './table';

export interface ImportCandidate {
  name: string;
  organization: string;
  role: string;
  phone: string;
  email: string;
  tags: string[];
  vip: boolean;
}

export type ExistingClient = Pick<Client, 'id' | 'name' | 'organization' | 'role' | 'phone' | 'email' | 'tags' | 'vip'>;

export type RowProblem =
  | { field: 'name'; code: 'missing' }
  | { field: 'email'; code: 'invalidEmail'; value: string }
  | { field: 'vip'; code: 'invalidVip'; value: string };

export type DuplicateBy = 'nameOrganization' | 'email';

export type DuplicateMatch =
  | { kind: 'existing'; clientId: string; name: string; organization: string; by: DuplicateBy }
  | { kind: 'file'; line: number; name: string; by: DuplicateBy };

export interface PlannedRow {
  line: number;
  candidate: ImportCandidate;
  duplicate: DuplicateMatch | null;
}

export interface InvalidRow {
  line: number;
  problems: RowProblem[];
  /** What the row says, for the message (may be empty). */
  name: string;
}

export interface ImportPlan {
  rows: PlannedRow[];
  invalid: InvalidRow[];
  total: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const VIP_YES = new Set(['1', 'yes', 'y', 'true', 'x', '✓', '✔', '+', 'vip', 'да', 'д', 'истина', 'вип']);
const VIP_NO = new Set(['', '0', 'no', 'n', 'false', '-', 'нет', 'н', 'ложь']);

function cell(cells: string[], index: number | null): string {
  return index === null ? '' : (cells[index] ?? '').trim();
}

export function splitTags(value: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of value.split(/[,;|]/)) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

function fold(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}

function keysOf(c: Pick<ImportCandidate, 'name' | 'organization' | 'email'>): { key: string; by: DuplicateBy }[] {
  const keys: { key: string; by: DuplicateBy }[] = [
    { key: `n:${fold(c.name)}\u0000${fold(c.organization)}`, by: 'nameOrganization' },
  ];
  if (c.email.trim()) keys.push({ key: `e:${c.email.trim().toLowerCase()}`, by: 'email' });
  return keys;
}

/** Reads one row into a candidate client, or the problems that stop it. Cells stay text. */
export function readRow(
  cells: string[],
  mapping: ColumnMapping,
): { candidate: ImportCandidate } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const name = cell(cells, mapping.name);
  const email = cell(cells, mapping.email);
  const vipText = cell(cells, mapping.vip);
  if (!name) problems.push({ field: 'name', code: 'missing' });
  if (email && !EMAIL.test(email)) problems.push({ field: 'email', code: 'invalidEmail', value: email });
  const vipKey = vipText.toLowerCase();
  if (!VIP_YES.has(vipKey) && !VIP_NO.has(vipKey)) problems.push({ field: 'vip', code: 'invalidVip', value: vipText });
  if (problems.length) return { problems };
  return {
    candidate: {
      name,
      organization: cell(cells, mapping.organization),
      role: cell(cells, mapping.role),
      phone: cell(cells, mapping.phone),
      email,
      tags: splitTags(cell(cells, mapping.tags)),
      vip: VIP_YES.has(vipKey),
    },
  };
}

type Target = { kind: 'existing'; client: ExistingClient } | { kind: 'file'; row: PlannedRow };

export function planImport(
  table: ImportTable,
  mapping: ColumnMapping,
  existing: readonly ExistingClient[],
): ImportPlan {
  const targets = new Map<string, Target>();
  for (const client of existing) {
    for (const { key } of keysOf(client)) if (!targets.has(key)) targets.set(key, { kind: 'existing', client });
  }
  const rows: PlannedRow[] = [];
  const invalid: InvalidRow[] = [];
  for (const row of table.rows) {
    const read = readRow(row.cells, mapping);
    if ('problems' in read) {
      invalid.push({ line: row.line, problems: read.problems, name: cell(row.cells, mapping.name) });
      continue;
    }
    const keys = keysOf(read.candidate);
    let duplicate: DuplicateMatch | null = null;
    let target: Target | undefined;
    for (const { key, by } of keys) {
      target = targets.get(key);
      if (target) {
        duplicate =
          target.kind === 'existing'
            ? {
                kind: 'existing',
                clientId: target.client.id,
                name: target.client.name,
                organization: target.client.organization,
                by,
              }
            : { kind: 'file', line: target.row.line, name: target.row.candidate.name, by };
        break;
      }
    }
    const planned: PlannedRow = { line: row.line, candidate: read.candidate, duplicate };
    rows.push(planned);
    // A duplicate row's own keys lead to the same client, so a third copy finds it too.
    const own: Target = target ?? { kind: 'file', row: planned };
    for (const { key } of keys) if (!targets.has(key)) targets.set(key, own);
  }
  return { rows, invalid, total: table.rows.length };
}

export type DuplicateChoice = 'skip' | 'merge';

type MergeFields = Pick<ImportCandidate, 'organization' | 'role' | 'phone' | 'email' | 'tags' | 'vip'>;

/** Merge: fill the empty fields, union the tags, VIP if either says so. The name is kept. */
export function mergeFields<T extends MergeFields>(target: T, incoming: MergeFields): T {
  const seen = new Set(target.tags.map((t) => t.toLowerCase()));
  const tags = [...target.tags];
  for (const tag of incoming.tags) {
    if (!seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return {
    ...target,
    organization: target.organization || incoming.organization,
    role: target.role || incoming.role,
    phone: target.phone || incoming.phone,
    email: target.email || incoming.email,
    tags,
    vip: target.vip || incoming.vip,
  };
}

export interface ResolvedImport {
  /** New clients, in file order. */
  creates: ImportCandidate[];
  /** Existing clients to merge rows into: the rows' fields, applied to the stored record at write time. */
  merges: { clientId: string; incoming: MergeFields[] }[];
  skipped: number;
  merged: number;
}

/** Applies the Skip/Merge choice of each duplicate row. */
export function resolveImport(plan: ImportPlan, choiceFor: (row: PlannedRow) => DuplicateChoice): ResolvedImport {
  const creates: ImportCandidate[] = [];
  const createdByLine = new Map<number, number>();
  const merges = new Map<string, MergeFields[]>();
  let skipped = 0;
  let merged = 0;
  for (const row of plan.rows) {
    const dup = row.duplicate;
    if (!dup) {
      createdByLine.set(row.line, creates.length);
      creates.push(row.candidate);
      continue;
    }
    if (choiceFor(row) === 'skip') {
      skipped++;
      continue;
    }
    merged++;
    if (dup.kind === 'existing') {
      const list = merges.get(dup.clientId) ?? [];
      list.push(row.candidate);
      merges.set(dup.clientId, list);
    } else {
      const index = createdByLine.get(dup.line);
      const into = index === undefined ? undefined : creates[index];
      if (index !== undefined && into) creates[index] = mergeFields(into, row.candidate);
    }
  }
  return { creates, merges: [...merges].map(([clientId, incoming]) => ({ clientId, incoming })), skipped, merged };
}
