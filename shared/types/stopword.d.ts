// The stopword package ships no types; only the lists Rapport reads are declared.
declare module 'stopword' {
  export const eng: readonly string[];
  export const rus: readonly string[];
}
