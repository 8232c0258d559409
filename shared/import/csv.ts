/**
 * CSV reading with papaparse. The delimiter is guessed among comma, semicolon (Russian Excel)
 * and tab unless given; when none of them splits the header into two or more columns the
 * file is one column and nothing is split (`Petrov, Petr` stays one name). Rows keep the line
 * they start on, counting line breaks inside quoted cells, so errors can point to the right
 * line in the file. Cells are kept as text: a cell like `=SUM(A1)` is a name or a note, never
 * a formula.
 */
import Papa from 'papaparse';
import type { ImportTable } from './table';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
/** No delimiter: every line is one cell. */
export const ONE_COLUMN = 'none';
export type CsvSplit = CsvDelimiter | typeof ONE_COLUMN;

const LINE_BREAK = /\r\n|\r|\n/g;
/** A delimiter papaparse accepts that text files do not contain (ASCII unit separator). */
const NEVER_IN_TEXT = '\u001f';

function lineBreaks(cell: string): number {
  return cell.match(LINE_BREAK)?.length ?? 0;
}

/** Picks the delimiter that splits the header into columns and the first lines most consistently. */
export function guessDelimiter(text: string): CsvSplit {
  const sample = text
    .split(LINE_BREAK)
    .filter((l) => l.trim())
    .slice(0, 20);
  let best: CsvSplit = ONE_COLUMN;
  let bestScore = -1;
  for (const delimiter of CSV_DELIMITERS) {
    const parsed = Papa.parse<string[]>(sample.join('\n'), { delimiter, header: false, skipEmptyLines: true });
    const widths = parsed.data.map((r) => r.length);
    const header = widths[0] ?? 1;
    if (header < 2) continue;
    const consistent = widths.filter((w) => w === header).length;
    const score = consistent * 100 + header;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export function parseCsv(text: string, delimiter: CsvSplit | null = null): ImportTable {
  const body = text.replace(/^\uFEFF/, '');
  const chosen = delimiter ?? guessDelimiter(body);
  const parsed = Papa.parse<string[]>(body, {
    delimiter: chosen === ONE_COLUMN ? NEVER_IN_TEXT : chosen,
    header: false,
    skipEmptyLines: false,
  });
  const rows: ImportTable['rows'] = [];
  let headers: string[] | null = null;
  let line = 1;
  for (const cells of parsed.data) {
    const start = line;
    line += 1 + cells.reduce((n, cell) => n + lineBreaks(cell), 0);
    if (cells.every((c) => c.trim() === '')) continue;
    if (headers === null) headers = cells.map((c) => c.trim());
    else rows.push({ line: start, cells });
  }
  return { kind: 'csv', headers: headers ?? [], rows, delimiter: chosen };
}
