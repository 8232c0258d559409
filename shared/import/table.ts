/** A file read for import: header cells and data rows with the line each row starts on. */
export interface ImportRow {
  /** 1-based line number in the file where the row (or vCard) starts. */
  line: number;
  cells: string[];
}

export interface ImportTable {
  kind: 'csv' | 'vcard';
  headers: string[];
  rows: ImportRow[];
  /** The delimiter used (CSV only). */
  delimiter: string | null;
}
