/**
 * Column mapping: which file column fills which client field. Guessed from English and
 * Russian header names (Excel exports, Google and Outlook contacts), and changeable by the user.
 */
export const IMPORT_FIELDS = ['name', 'organization', 'role', 'phone', 'email', 'tags', 'vip'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index for each field, or null when the field is not imported. */
export type ColumnMapping = Record<ImportField, number | null>;

export function emptyMapping(): ColumnMapping {
  return { name: null, organization: null, role: null, phone: null, email: null, tags: null, vip: null };
}

const SYNONYMS: Record<ImportField, string[]> = {
  name: [
    'name',
    'full name',
    'fullname',
    'contact',
    'contact name',
    'client',
    'client name',
    'display name',
    'фио',
    'имя',
    'ф и о',
    'клиент',
    'контакт',
    'полное имя',
    'имя клиента',
    'контактное лицо',
  ],
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
  role: ['role', 'title', 'job title', 'position', 'job', 'organization title', 'должность', 'роль', 'позиция'],
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
};

/** Lower case, ё→е, punctuation and repeated spaces folded. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  const used = new Set<number>();
  const normalised = headers.map(normaliseHeader);
  for (const field of IMPORT_FIELDS) {
    const synonyms = SYNONYMS[field].map(normaliseHeader);
    const index = normalised.findIndex((h, i) => !used.has(i) && synonyms.includes(h));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}
