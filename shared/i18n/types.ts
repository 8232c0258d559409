/**
 * A translation must have the same keys as the English one. Plural keys (`_one`, `_other`)
 * differ by language, so extra `_few`/`_many` keys are allowed and plural variants are not
 * required to match one to one.
 */
type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type StripPlural<K> = K extends `${infer B}${PluralSuffix}` ? B : K;

export type Messages<T> = {
  [K in keyof T as K extends `${string}${PluralSuffix}` ? never : K]: T[K] extends string ? string : Messages<T[K]>;
} & { [K in `${StripPlural<keyof T & string>}${PluralSuffix}`]?: string };
