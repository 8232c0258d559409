/**
 * Excel workbooks (.xlsx) read with exceljs. The library is loaded with a dynamic import
 * the first time a workbook is opened, so it stays out of the start-up bundle. Every cell
 * becomes text as Excel shows it: numbers without exponent or grouping (a phone number stored
 * as a number keeps its digits), dates as yyyy-MM-dd, formulas as their last result, rich
 * text and hyperlinks as their text.
 */
import type { CellValue } from 'exceljs';
import type { ImportRow, ImportTable } from './table';

export interface WorkbookSheet {
  name: string;
  /** Non-empty rows with their row number in the sheet. */
  rows: ImportRow[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // exceljs gives dates at UTC midnight for date-only cells.
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value)
    return value.result === undefined ? '' : cellText(value.result as CellValue);
  if ('error' in value) return '';
  return '';
}

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  const exceljs = await import('exceljs');
  const Workbook = exceljs.Workbook ?? exceljs.default.Workbook;
  const workbook = new Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: ImportRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value).trim();
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      if (cells.some((c) => c !== '')) rows.push({ line: rowNumber, cells });
    });
    return { name: sheet.name, rows };
  });
}

/** One sheet as an import table: its first non-empty row is the header. */
export function sheetTable(sheet: WorkbookSheet): ImportTable {
  const [header, ...rows] = sheet.rows;
  return { kind: 'sheet', headers: header ? header.cells.map((c) => c.trim()) : [], rows, delimiter: null };
}
