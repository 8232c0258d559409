import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/import/decode';
import { guessDelimiter, parseCsv } from '../../../shared/import/csv';
import { guessMapping } from '../../../shared/import/mapping';
import { planImport } from '../../../shared/import/plan';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));

describe('decoding', () => {
  it('reads Windows-1251 (Russian Excel) when the bytes are not valid UTF-8', () => {
    const decoded = decodeText(fixture('import-clients-1251.csv'));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text.startsWith('ФИО;Компания;Должность')).toBe(true);
  });

  it('reads UTF-8 with and without a byte order mark', () => {
    const withBom = decodeText(fixture('import-quoted-newlines.csv'));
    expect(withBom).toMatchObject({ encoding: 'utf-8', hadBom: true });
    expect(withBom.text.startsWith('Name,')).toBe(true);
    const plain = decodeText(new TextEncoder().encode('ФИО;Почта\nЁлкин;e@x.ru\n'));
    expect(plain).toMatchObject({ encoding: 'utf-8', hadBom: false, text: 'ФИО;Почта\nЁлкин;e@x.ru\n' });
  });
});

describe('CSV reading', () => {
  it('a Russian Excel file: semicolons, 1251, Russian headers mapped automatically, line numbers', () => {
    const table = parseCsv(decodeText(fixture('import-clients-1251.csv')).text);
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['ФИО', 'Компания', 'Должность', 'Телефон', 'Почта', 'Теги', 'VIP']);
    expect(guessMapping(table.headers)).toEqual({
      mapping: ['name', 'organization', 'role', 'phone', 'email', 'tags', 'vip'],
      layout: 'headers',
    });
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
    // A quoted semicolon stays inside its cell.
    expect(table.rows[5]!.cells[2]).toBe('Директор по развитию; партнёр');
  });

  it('quoted newlines: a row spanning lines keeps one row, and later rows keep their true line numbers', () => {
    const table = parseCsv(decodeText(fixture('import-quoted-newlines.csv')).text);
    expect(table.delimiter).toBe(',');
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]!.cells.slice(0, 3)).toEqual(['Smith, John', 'Acme', 'Head of\nProcurement']);
    expect(table.rows.map((r) => r.line)).toEqual([2, 5, 6]);
    const plan = planImport(table, guessMapping(table.headers).mapping, []);
    expect(plan.invalid).toEqual([{ line: 6, problems: [{ field: 'name', code: 'missing' }], name: '' }]);
  });

  it('tab-separated files', () => {
    expect(guessDelimiter('Name\tEmail\nAnna\ta@b.cd\n')).toBe('\t');
  });

  it('an empty file gives no header and no rows', () => {
    const table = parseCsv('');
    expect(table.headers).toEqual([]);
    expect(table.rows).toEqual([]);
    expect(parseCsv('\uFEFF\r\n\r\n').rows).toEqual([]);
  });

  it('only a header: nothing to import, no invalid rows', () => {
    const table = parseCsv('Name;Company;Email\r\n');
    expect(table.headers).toEqual(['Name', 'Company', 'Email']);
    const plan = planImport(table, guessMapping(table.headers).mapping, []);
    expect(plan).toEqual({ rows: [], invalid: [], total: 0 });
  });

  it('a wrong delimiter leaves one column, so no Name column is found (the user picks the separator)', () => {
    const text = 'Name;Company;Email\nAnna;North;a@n.ru\n';
    const wrong = parseCsv(text, ',');
    expect(wrong.headers).toEqual(['Name;Company;Email']);
    expect(guessMapping(wrong.headers)).toEqual({ mapping: [null], layout: null });
    const right = parseCsv(text, ';');
    expect(guessMapping(right.headers).mapping).toEqual(['name', 'organization', 'email']);
  });

  it('formula-like cells are kept as plain text, never evaluated or altered', () => {
    const table = parseCsv(decodeText(fixture('import-clients-1251.csv')).text);
    const plan = planImport(table, guessMapping(table.headers).mapping, []);
    const formula = plan.rows.find((r) => r.line === 6);
    expect(formula?.candidate.name).toBe('=HYPERLINK("http://evil";"Жми")');
    const other = planImport(parseCsv('Name,Role,Phone\n@cmd,-2+3,+7 900\n'), ['name', 'role', 'phone'], []);
    expect(other.rows[0]!.candidate).toMatchObject({ name: '@cmd', role: '-2+3', phone: '+7 900' });
  });

  it('10 000 rows are read, validated and checked for duplicates (speed is measured by npm run bench, not here)', () => {
    const lines = ['Name;Company;Email;Tags'];
    for (let i = 0; i < 10_000; i++) lines.push(`Client ${i};Company ${i % 500};c${i}@example.test;a, b`);
    lines.push('Client 7;Company 7;;');
    const table = parseCsv(lines.join('\r\n'));
    const existing = Array.from({ length: 2000 }, (_, i) => ({
      id: `id-${i}`,
      name: `Client ${i * 5}`,
      organization: `Company ${(i * 5) % 500}`,
      role: '',
      phone: '',
      email: '',
      tags: [],
      vip: false,
    }));
    const plan = planImport(table, guessMapping(table.headers).mapping, existing);
    expect(plan.total).toBe(10_001);
    expect(plan.rows.filter((r) => r.duplicate?.kind === 'existing')).toHaveLength(2000);
    expect(plan.rows.at(-1)!.duplicate).toMatchObject({ kind: 'file', line: 9 });
  });
});
