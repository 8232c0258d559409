/** The sample journal's clients and their organisations. */
import type { Client } from '../domain/types';
import type { Context } from './context';
import type { Random } from './random';
import {
  CLIENT_NOTES,
  EN_FEMALE_FIRST,
  EN_LAST,
  EN_MALE_FIRST,
  EN_ORG_FORMS,
  EN_ORG_HEADS,
  EN_ORG_TAILS,
  ROLES,
  RU_FEMALE_FIRST,
  RU_LAST,
  RU_MALE_FIRST,
  RU_ORG_FORMS,
  RU_ORG_HEADS,
  RU_ORG_TAILS,
  TAGS,
  russianFemaleSurname,
  transliterate,
  type SampleLanguage,
} from './vocabulary';

export type Organizations = Record<SampleLanguage | 'all', string[]>;

export function makeOrganizations(random: Random, count: number): Organizations {
  const seen = new Set<string>();
  const list: Organizations = { all: [], ru: [], en: [] };
  for (let attempt = 0; list.all.length < count && attempt < count * 20; attempt++) {
    const language: SampleLanguage = random.chance(0.55) ? 'ru' : 'en';
    let name: string;
    if (language === 'ru') {
      name = `${random.pick(RU_ORG_FORMS)} «${random.pick(RU_ORG_HEADS)}${random.pick(RU_ORG_TAILS)}»`;
    } else if (random.chance(0.2)) {
      name = `${random.pick(EN_LAST)} & ${random.pick(EN_LAST)} ${random.pick(EN_ORG_FORMS)}`;
    } else {
      name = `${random.pick(EN_ORG_HEADS)} ${random.pick(EN_ORG_TAILS)} ${random.pick(EN_ORG_FORMS)}`;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    list.all.push(name);
    list[language].push(name);
  }
  return list;
}

export function makeClient(ctx: Context, language: SampleLanguage, vip: boolean, organizations: Organizations): Client {
  const { random } = ctx;
  const female = random.chance(0.45);
  let first: string;
  let last: string;
  if (language === 'ru') {
    first = random.pick(female ? RU_FEMALE_FIRST : RU_MALE_FIRST);
    const male = random.pick(RU_LAST);
    last = female ? russianFemaleSurname(male) : male;
  } else {
    first = random.pick(female ? EN_FEMALE_FIRST : EN_MALE_FIRST);
    last = random.pick(EN_LAST);
  }
  // Mostly people from an organisation of their language, some mixed; a few private persons.
  const sameLanguage = organizations[language];
  const org = random.chance(0.06)
    ? ''
    : random.pick(random.chance(0.85) && sameLanguage.length > 0 ? sameLanguage : organizations.all);
  const domain = org
    ? `${transliterate(org).slice(0, 14) || 'company'}.${language === 'ru' ? 'ru' : 'com'}`
    : 'mail.example';
  const phone =
    language === 'ru'
      ? `+7 9${random.int(10, 99)} ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`
      : `+44 20 ${random.int(1000, 9999)} ${random.int(1000, 9999)}`;
  const tagCount = random.weighted([
    [0, 4],
    [1, 4],
    [2, 2],
  ] as const);
  const tags: string[] = [];
  for (let i = 0; i < tagCount; i++) {
    const tag = random.pick(TAGS[language]);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return {
    id: random.uuid(),
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    name: `${first} ${last}`,
    organization: org,
    role: random.chance(0.8) ? random.pick(ROLES[language]) : '',
    phone: random.chance(0.9) ? phone : '',
    email: random.chance(0.85) ? `${transliterate(first)}.${transliterate(last)}@${domain}` : '',
    tags,
    vip,
    problem: false,
    notes: random.chance(0.25) ? random.pick(CLIENT_NOTES[language]) : '',
    archivedAt: null,
    lastContactAt: null,
    lastOutcome: null,
  };
}
