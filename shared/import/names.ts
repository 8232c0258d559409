/**
 * In which order a name's parts are joined when a file keeps them in separate columns (or a
 * vCard has only N): Russian puts the family name first ("Петров Пётр Иванович"), English
 * the given name ("Peter John Smith").
 */
export type NameOrder = 'givenFirst' | 'familyFirst';

export function nameOrderFor(language: string): NameOrder {
  return language.toLowerCase().startsWith('ru') ? 'familyFirst' : 'givenFirst';
}

export interface NameParts<T> {
  given: T;
  middle: T;
  family: T;
}

/** The parts in the locale's order. */
export function orderNameParts<T>(parts: NameParts<T>, order: NameOrder): T[] {
  return order === 'familyFirst'
    ? [parts.family, parts.given, parts.middle]
    : [parts.given, parts.middle, parts.family];
}
