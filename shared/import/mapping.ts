/**
 * Column mapping: which client field each file column fills. A name may come from up to three
 * columns (first, middle and last name), joined with spaces in part order; phones, emails,
 * tags and notes may come from several columns. The mapping is guessed from the headers —
 * first by recognising a whole export layout (Google Contacts, Outlook in English or Russian,
 * vCard), else column by column from English and Russian header names — and stays editable.
 */
import { orderNameParts, type NameOrder, type NameParts } from './names';
import type { ImportTable } from './table';

export const IMPORT_FIELDS = [
  'name',
  'organization',
  'department',
  'role',
  'phone',
  'email',
  'tags',
  'vip',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What one column fills: a field, or the second or third part of the name. */
export const COLUMN_TARGETS = [
  'name',
  'name2',
  'name3',
  'organization',
  'department',
  'role',
  'phone',
  'email',
  'tags',
  'vip',
  'notes',
] as const;
export type ColumnTarget = (typeof COLUMN_TARGETS)[number];

export const NAME_PARTS = ['name', 'name2', 'name3'] as const satisfies readonly ColumnTarget[];

/** Targets that several columns may fill at once (the first value wins, the rest go to notes). */
const MULTI_COLUMN: ReadonlySet<ColumnTarget> = new Set(['phone', 'email', 'tags', 'notes', 'department']);

/** The target of each column (by index), null when the column is not imported. */
export type ColumnMapping = readonly (ColumnTarget | null)[];

export type LayoutId = 'vcard' | 'googleCsv' | 'googleCsvLegacy' | 'outlookCsv' | 'outlookCsvRu' | 'headers';

export interface GuessedMapping {
  mapping: ColumnMapping;
  /** The export layout recognised, 'headers' for column-by-column names, null for nothing. */
  layout: LayoutId | null;
}

/** Sets one column's target; a single-column target moves from the column that had it. */
export function mapColumn(mapping: ColumnMapping, column: number, target: ColumnTarget | null): ColumnMapping {
  const width = Math.max(mapping.length, column + 1);
  return Array.from({ length: width }, (_, i) => {
    if (i === column) return target;
    const current = mapping[i] ?? null;
    return target !== null && current === target && !MULTI_COLUMN.has(target) ? null : current;
  });
}

export function columnsOf(mapping: ColumnMapping, target: ColumnTarget): number[] {
  const columns: number[] = [];
  mapping.forEach((t, i) => t === target && columns.push(i));
  return columns;
}

export function hasName(mapping: ColumnMapping): boolean {
  return mapping.some((t) => t !== null && (NAME_PARTS as readonly string[]).includes(t));
}

/** Lower case, ё→е, punctuation and repeated spaces folded: "E-mail 1 - Value" → "e mail 1 value". */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------- export layouts

type HeaderRule = string | RegExp;
type PartRole = keyof NameParts<unknown>;

interface Layout {
  id: Exclude<LayoutId, 'headers' | 'vcard'>;
  /** Normalised headers that must all be present. */
  signature: string[];
  name: Partial<Record<PartRole, string>>;
  fields: Partial<Record<Exclude<ColumnTarget, (typeof NAME_PARTS)[number]>, HeaderRule[]>>;
}

/*
 * Headers as the programs write them (checked against real exports):
 * - Google Contacts, current: First Name, Middle Name, Last Name, …, File As, Organization Name,
 *   Organization Title, Organization Department, Birthday, Notes, Photo, Labels,
 *   E-mail 1 - Label, E-mail 1 - Value, …, Phone 1 - Label, Phone 1 - Value, …
 * - Google Contacts, older: Name, Given Name, Additional Name, Family Name, …, Notes,
 *   Group Membership, E-mail 1 - Type, E-mail 1 - Value, Phone 1 - Type, Phone 1 - Value, …,
 *   Organization 1 - Name, Organization 1 - Title, Organization 1 - Department, …
 * - Outlook: Title (Mr/Ms), First Name, Middle Name, Last Name, Suffix, Company, Department,
 *   Job Title, …, Business Phone, …, Home Phone, …, Mobile Phone, …, Categories, …,
 *   E-mail Address, E-mail 2 Address, E-mail 3 Address, …, Notes (Google's "Outlook CSV" has the
 *   same names in another order).
 * - Russian Outlook: Обращение, Имя, Отчество, Фамилия, Суффикс, Организация, Отдел, Должность,
 *   …, Рабочий телефон, Телефон раб. 2, …, Домашний телефон, …, Телефон переносной, …,
 *   Заметки, …, Категории, …, Адрес эл. почты, Адрес 2 эл. почты, Адрес 3 эл. почты.
 */
const LAYOUTS: Layout[] = [
  {
    id: 'googleCsv',
    signature: ['first name', 'middle name', 'last name', 'file as', 'organization name', 'labels'],
    name: { given: 'first name', middle: 'middle name', family: 'last name' },
    fields: {
      organization: ['organization name'],
      department: ['organization department'],
      role: ['organization title'],
      phone: [/^phone \d+ value$/],
      email: [/^e mail \d+ value$/],
      tags: ['labels'],
      notes: ['notes'],
    },
  },
  {
    id: 'googleCsvLegacy',
    signature: ['given name', 'additional name', 'family name', 'group membership'],
    name: { given: 'given name', middle: 'additional name', family: 'family name' },
    fields: {
      organization: ['organization 1 name'],
      department: [/^organization \d+ department$/],
      role: ['organization 1 title'],
      phone: [/^phone \d+ value$/],
      email: [/^e mail \d+ value$/],
      tags: ['group membership'],
      notes: ['notes'],
    },
  },
  {
    id: 'outlookCsv',
    signature: ['first name', 'last name', 'e mail address', 'company'],
    name: { given: 'first name', middle: 'middle name', family: 'last name' },
    fields: {
      organization: ['company'],
      department: ['department'],
      role: ['job title'],
      phone: [
        'primary phone',
        'mobile phone',
        'business phone',
        'business phone 2',
        'company main phone',
        'home phone',
        'home phone 2',
        'car phone',
        'other phone',
      ],
      email: ['e mail address', 'e mail 2 address', 'e mail 3 address'],
      tags: ['categories'],
      notes: ['notes'],
    },
  },
  {
    id: 'outlookCsvRu',
    signature: ['имя', 'фамилия', 'адрес эл почты', 'организация'],
    name: { given: 'имя', middle: 'отчество', family: 'фамилия' },
    fields: {
      organization: ['организация'],
      department: ['отдел'],
      role: ['должность'],
      phone: [
        'основной телефон',
        'телефон переносной',
        'мобильный телефон',
        'рабочий телефон',
        'телефон раб 2',
        'основной телефон организации',
        'домашний телефон',
        'телефон дом 2',
        'телефон в машине',
        'другой телефон',
      ],
      email: ['адрес эл почты', 'адрес 2 эл почты', 'адрес 3 эл почты'],
      tags: ['категории'],
      notes: ['заметки'],
    },
  },
];

const matches = (rule: HeaderRule, header: string) => (typeof rule === 'string' ? rule === header : rule.test(header));

function namePartTargets(
  columns: Partial<Record<PartRole, number>>,
  order: NameOrder,
): { column: number; target: ColumnTarget }[] {
  const ordered = orderNameParts({ given: columns.given, middle: columns.middle, family: columns.family }, order);
  return ordered.filter((c): c is number => c !== undefined).map((column, i) => ({ column, target: NAME_PARTS[i]! }));
}

function applyLayout(layout: Layout, normalised: string[], order: NameOrder): ColumnMapping {
  const mapping: (ColumnTarget | null)[] = normalised.map(() => null);
  const parts: Partial<Record<PartRole, number>> = {};
  for (const role of ['given', 'middle', 'family'] as const) {
    const header = layout.name[role];
    const index = header === undefined ? -1 : normalised.indexOf(header);
    if (index >= 0) parts[role] = index;
  }
  for (const { column, target } of namePartTargets(parts, order)) mapping[column] = target;
  for (const [target, rules] of Object.entries(layout.fields) as [ColumnTarget, HeaderRule[]][]) {
    normalised.forEach((header, i) => {
      if (mapping[i] === null && rules.some((rule) => matches(rule, header))) {
        if (MULTI_COLUMN.has(target) || !mapping.includes(target)) mapping[i] = target;
      }
    });
  }
  return mapping;
}

/** The columns of a table read from vCards (see VCARD_HEADERS). */
const VCARD_TARGETS: ColumnMapping = [
  'name',
  'organization',
  'department',
  'role',
  'phone',
  'email',
  'tags',
  'notes',
] satisfies ColumnTarget[];

// ---------------------------------------------------------------- header names, one by one

const SYNONYMS: Record<Exclude<ImportField, 'name'> | 'fullName' | PartRole, string[]> = {
  fullName: [
    'name',
    'full name',
    'fullname',
    'contact',
    'contact name',
    'client',
    'client name',
    'display name',
    'фио',
    'ф и о',
    'имя',
    'клиент',
    'контакт',
    'полное имя',
    'имя клиента',
    'контактное лицо',
  ],
  given: ['first name', 'firstname', 'given name', 'first', 'имя'],
  middle: ['middle name', 'middlename', 'additional name', 'second name', 'отчество'],
  family: ['last name', 'lastname', 'surname', 'family name', 'last', 'фамилия'],
  organization: [
    'organization',
    'organisation',
    'company',
    'company name',
    'org',
    'organization name',
    'employer',
    'компания',
    'организация',
    'фирма',
    'название компании',
    'наименование',
    'юрлицо',
  ],
  department: ['department', 'division', 'отдел', 'подразделение', 'департамент'],
  role: ['role', 'job title', 'position', 'job', 'organization title', 'должность', 'роль', 'позиция'],
  phone: [
    'phone',
    'telephone',
    'tel',
    'mobile',
    'mobile phone',
    'phone number',
    'phone 1 value',
    'business phone',
    'телефон',
    'тел',
    'мобильный',
    'мобильный телефон',
    'номер телефона',
    'сотовый',
  ],
  email: [
    'email',
    'e mail',
    'mail',
    'email address',
    'e mail address',
    'e mail 1 value',
    'почта',
    'электронная почта',
    'эл почта',
    'емейл',
    'имейл',
    'e mail адрес',
  ],
  tags: [
    'tags',
    'tag',
    'labels',
    'label',
    'categories',
    'category',
    'groups',
    'group membership',
    'теги',
    'метки',
    'тэги',
    'категории',
    'категория',
    'группы',
    'группа',
  ],
  vip: ['vip', 'vip client', 'key client', 'key account', 'важный', 'вип', 'ключевой', 'ключевой клиент', 'vip клиент'],
  notes: ['notes', 'note', 'comment', 'comments', 'заметки', 'заметка', 'примечание', 'примечания', 'комментарий'],
};

function guessByHeaders(normalised: string[], order: NameOrder): ColumnMapping {
  const mapping: (ColumnTarget | null)[] = normalised.map(() => null);
  const find = (synonyms: string[]) =>
    normalised.findIndex((h, i) => mapping[i] === null && synonyms.map(normaliseHeader).includes(h));
  // Separate name parts win when there is a family name column ("Фамилия" + "Имя"); a lone
  // "Имя" or "Name" is the whole name.
  const family = find(SYNONYMS.family);
  if (family >= 0) {
    const parts: Partial<Record<PartRole, number>> = { family };
    mapping[family] = 'name';
    const given = find(SYNONYMS.given);
    if (given >= 0) {
      parts.given = given;
      mapping[given] = 'name';
    }
    const middle = find(SYNONYMS.middle);
    if (middle >= 0) parts.middle = middle;
    for (const { column, target } of namePartTargets(parts, order)) mapping[column] = target;
  } else {
    const full = find(SYNONYMS.fullName);
    if (full >= 0) mapping[full] = 'name';
  }
  for (const field of IMPORT_FIELDS) {
    if (field === 'name') continue;
    const index = find(SYNONYMS[field]);
    if (index >= 0) mapping[index] = field;
  }
  return mapping;
}

export function guessMapping(headers: readonly string[], order: NameOrder = 'givenFirst'): GuessedMapping {
  const normalised = headers.map(normaliseHeader);
  const present = new Set(normalised);
  const layout = LAYOUTS.find((l) => l.signature.every((h) => present.has(h)));
  if (layout) return { mapping: applyLayout(layout, normalised, order), layout: layout.id };
  const mapping = guessByHeaders(normalised, order);
  return { mapping, layout: mapping.some((t) => t !== null) ? 'headers' : null };
}

/** The mapping for a table read from a file: vCards have fixed columns, the rest is guessed. */
export function guessTableMapping(table: ImportTable, order: NameOrder = 'givenFirst'): GuessedMapping {
  if (table.kind === 'vcard') return { mapping: VCARD_TARGETS, layout: 'vcard' };
  return guessMapping(table.headers, order);
}
