/** A file read for import: header cells and data rows with the line each row starts on. */
export interface ImportRow {
  /** 1-based line number in the file where the row (or vCard) starts; the row number in a sheet. */
  line: number;
  cells: string[];
}

export interface ImportTable {
  kind: 'csv' | 'vcard' | 'sheet';
  headers: string[];
  rows: ImportRow[];
  /** The delimiter used (CSV only): ',', ';', '\t', or 'none' for a one-column file. */
  delimiter: string | null;
  /** The vCard versions the file holds (vCard only), e.g. ['2.1']. */
  versions?: string[];
}
