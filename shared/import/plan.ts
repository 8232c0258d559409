/**
 * From a parsed file and a column mapping to an import plan: each row validated (with its
 * line number), and each valid row checked against existing clients and earlier rows of the
 * same file for duplicates (same name and organization, case-insensitively, or same email).
 * Then `resolveImport` applies the user's Skip/Merge choices. Pure functions: the database
 * write is one transaction in renderer/db/importClients.ts.
 */
import type { Client } from '../domain/types';
import { columnsOf, NAME_PARTS, type ColumnMapping, type ColumnTarget } from './mapping';
import type { ImportTable } from './table';

export interface ImportCandidate {
  name: string;
  organization: string;
  role: string;
  phone: string;
  email: string;
  tags: string[];
  vip: boolean;
  notes: string;
}

export type ExistingClient = Pick<Client, 'id' | 'name' | 'organization' | 'role' | 'phone' | 'email' | 'tags' | 'vip'>;

export type GarbledField = 'name' | 'organization' | 'role';

export type RowProblem =
  | { field: 'name'; code: 'missing' }
  | { field: GarbledField; code: 'garbled'; value: string }
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

/** Words for the lines the import adds to a client's notes ("Phone: …", "Department: …"). */
export interface NoteLabels {
  phone: string;
  email: string;
  department: string;
}

export const ENGLISH_NOTE_LABELS: NoteLabels = { phone: 'Phone', email: 'Email', department: 'Department' };

export interface PlanOptions {
  noteLabels?: NoteLabels;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const VIP_YES = new Set(['1', 'yes', 'y', 'true', 'x', '✓', '✔', '+', 'vip', 'да', 'д', 'истина', 'вип']);
const VIP_NO = new Set(['', '0', 'no', 'n', 'false', '-', 'нет', 'н', 'ложь']);
/** A tag that means the VIP flag. */
const VIP_TAGS = new Set(['vip', 'вип']);
/** Google's multi-value cells: `a@x.ru ::: b@y.ru`. */
const MULTI_VALUE = /\s*:::\s*/;

/**
 * Text a decoder did not finish: quoted-printable left as is (`=D0=90=D0=BD`, two or more in
 * a row, as every encoded non-ASCII letter is) or U+FFFD where bytes could not be decoded.
 */
export function isGarbled(text: string): boolean {
  return text.includes('\uFFFD') || /(?:=[0-9A-F]{2}){2}/i.test(text);
}

function cellAt(cells: string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** The cells of every column mapped to a target, in column order, empty ones left out. */
function values(cells: string[], mapping: ColumnMapping, target: ColumnTarget): string[] {
  return columnsOf(mapping, target)
    .map((i) => cellAt(cells, i))
    .filter(Boolean);
}

/** Labels Google adds by itself (`* myContacts`, `* starred`) or older "System Group: …". */
function isSystemLabel(tag: string): boolean {
  return tag.startsWith('* ') || tag === '*' || /^system group:/i.test(tag);
}

/**
 * A tags cell: Google's `:::` lists split only there (a label may hold a comma), anything
 * else at commas, semicolons and bars. System labels are dropped; duplicates kept once.
 */
export function splitTags(value: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  const parts = MULTI_VALUE.test(value) ? value.split(MULTI_VALUE) : value.split(/[,;|]/);
  for (const raw of parts) {
    const tag = raw.trim();
    if (tag && !isSystemLabel(tag) && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

/** A phone or email cell into its values: `:::` lists; emails also at commas and semicolons. */
function splitValues(value: string, isEmail: boolean): string[] {
  return value
    .split(isEmail ? /\s*(?::::|[,;])\s*/ : MULTI_VALUE)
    .map((v) => v.trim())
    .filter(Boolean);
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

/** The name as the row gives it: the parts' cells joined with spaces, in part order. */
export function nameOfRow(cells: string[], mapping: ColumnMapping): string {
  return NAME_PARTS.flatMap((part) => values(cells, mapping, part)).join(' ');
}

/**
 * Reads one row into a candidate client, or the problems that stop it. Cells stay text.
 * Of several phones or emails the first fills the field and the others go to the notes.
 */
export function readRow(
  cells: string[],
  mapping: ColumnMapping,
  labels: NoteLabels = ENGLISH_NOTE_LABELS,
): { candidate: ImportCandidate } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const name = nameOfRow(cells, mapping);
  const organization = values(cells, mapping, 'organization')[0] ?? '';
  const role = values(cells, mapping, 'role')[0] ?? '';
  const phones = values(cells, mapping, 'phone').flatMap((v) => splitValues(v, false));
  const emails = values(cells, mapping, 'email').flatMap((v) => splitValues(v, true));
  const email = emails[0] ?? '';
  const vipText = values(cells, mapping, 'vip')[0] ?? '';
  const tags = splitTags(values(cells, mapping, 'tags').flatMap(splitTags).join(' ::: '));

  if (!name) problems.push({ field: 'name', code: 'missing' });
  for (const [field, value] of [
    ['name', name],
    ['organization', organization],
    ['role', role],
  ] as const) {
    if (isGarbled(value)) problems.push({ field, code: 'garbled', value });
  }
  if (email && !EMAIL.test(email)) problems.push({ field: 'email', code: 'invalidEmail', value: email });
  const vipKey = vipText.toLowerCase();
  if (!VIP_YES.has(vipKey) && !VIP_NO.has(vipKey)) problems.push({ field: 'vip', code: 'invalidVip', value: vipText });
  if (problems.length) return { problems };

  const noteLines = [
    ...values(cells, mapping, 'department').map((d) => `${labels.department}: ${d}`),
    ...phones.slice(1).map((p) => `${labels.phone}: ${p}`),
    ...emails.slice(1).map((e) => `${labels.email}: ${e}`),
    ...values(cells, mapping, 'notes'),
  ];
  return {
    candidate: {
      name,
      organization,
      role,
      phone: phones[0] ?? '',
      email,
      tags,
      vip: VIP_YES.has(vipKey) || tags.some((t) => VIP_TAGS.has(t.toLowerCase())),
      notes: noteLines.join('\n'),
    },
  };
}

type Target = { kind: 'existing'; client: ExistingClient } | { kind: 'file'; row: PlannedRow };

export function planImport(
  table: ImportTable,
  mapping: ColumnMapping,
  existing: readonly ExistingClient[],
  options: PlanOptions = {},
): ImportPlan {
  const targets = new Map<string, Target>();
  for (const client of existing) {
    for (const { key } of keysOf(client)) if (!targets.has(key)) targets.set(key, { kind: 'existing', client });
  }
  const rows: PlannedRow[] = [];
  const invalid: InvalidRow[] = [];
  for (const row of table.rows) {
    const read = readRow(row.cells, mapping, options.noteLabels);
    if ('problems' in read) {
      invalid.push({ line: row.line, problems: read.problems, name: nameOfRow(row.cells, mapping) });
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

type MergeFields = Pick<ImportCandidate, 'organization' | 'role' | 'phone' | 'email' | 'tags' | 'vip' | 'notes'>;

/** Notes are added below the ones already there, unless they say the same. */
function mergeNotes(current: string, incoming: string): string {
  if (!incoming.trim() || current.includes(incoming)) return current;
  return current.trim() ? `${current}\n\n${incoming}` : incoming;
}

/** Merge: fill the empty fields, union the tags, add the notes, VIP if either says so. The name is kept. */
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
    notes: mergeNotes(target.notes, incoming.notes),
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
