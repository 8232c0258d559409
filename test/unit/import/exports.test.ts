/**
 * CSV and Excel files shaped like real exports (headers as Google Contacts, Outlook and a
 * Russian spreadsheet write them), recognised by their headers with no mapping by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/import/decode';
import { parseCsv } from '../../../shared/import/csv';
import { detectFileKind } from '../../../shared/import/fileKind';
import { guessMapping, guessTableMapping, mapColumn, type LayoutId } from '../../../shared/import/mapping';
import type { NameOrder } from '../../../shared/import/names';
import { planImport, splitTags, type ImportCandidate } from '../../../shared/import/plan';
import type { ImportTable } from '../../../shared/import/table';
import { readWorkbook, sheetTable } from '../../../shared/import/xlsx';

const bytesOf = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));
const csvOf = (name: string) => parseCsv(decodeText(bytesOf(name)).text);

function importOf(table: ImportTable, order: NameOrder, layout: LayoutId) {
  const guessed = guessTableMapping(table, order);
  expect(guessed.layout).toBe(layout);
  return planImport(table, guessed.mapping, []);
}

const client = (c: Partial<ImportCandidate> & Pick<ImportCandidate, 'name'>): ImportCandidate => ({
  organization: '',
  role: '',
  phone: '',
  email: '',
  tags: [],
  vip: false,
  notes: '',
  ...c,
});

describe('Google Contacts CSV', () => {
  it('current layout: name parts in the locale order, ::: cells split, labels to tags, VIP flag', () => {
    const plan = importOf(csvOf('contacts-google.csv'), 'familyFirst', 'googleCsv');
    expect(plan.invalid).toEqual([]);
    expect(plan.rows.map((r) => r.candidate)).toEqual([
      client({
        name: 'Петрова Анна Сергеевна',
        organization: 'ООО «Северный ветер»',
        role: 'Генеральный директор',
        phone: '+7 912 555-01-01',
        email: 'anna@sevveter.example',
        tags: ['VIP', 'Поставщики'],
        vip: true,
        notes: 'Phone: +7 343 200-10-10\nEmail: a.petrova@mail.example\nЛюбит обсуждать логистику.\nЗвонить утром.',
      }),
      client({
        name: 'Miller John',
        organization: 'Miller & Sons',
        role: 'Procurement lead, EMEA',
        phone: '+44 20 7946 0018',
        email: 'john@millersons.example',
        notes: 'Department: Purchasing',
      }),
      client({ name: 'Kim', phone: '+82 10 1234 5678', notes: 'Phone: +82 2 555 0100' }),
    ]);
  });

  it('English order: first, middle, last', () => {
    const plan = importOf(csvOf('contacts-google.csv'), 'givenFirst', 'googleCsv');
    expect(plan.rows.map((r) => r.candidate.name)).toEqual(['Анна Сергеевна Петрова', 'John Miller', 'Kim']);
  });

  it('older layout: Given / Additional / Family Name, Organization 1 - Name, Group Membership', () => {
    const plan = importOf(csvOf('contacts-google-legacy.csv'), 'givenFirst', 'googleCsvLegacy');
    expect(plan.rows.map((r) => r.candidate)).toEqual([
      client({
        name: 'Игорь Владимирович Соколов',
        organization: 'ООО «Дилер-Центр»',
        role: 'Директор',
        phone: '+7 921 700-00-01',
        email: 'sokolov@dealer.example',
        tags: ['Дилеры'],
        notes: 'Department: Продажи',
      }),
      client({
        name: 'Sarah Connor',
        organization: 'Cyberdyne Systems',
        phone: '+1 213 555 0199',
        email: 'sarah@cyberdyne.example',
        tags: ['VIP'],
        vip: true,
        notes: 'Email: s.connor@cyberdyne.example\nCall before noon.',
      }),
    ]);
  });

  it('system labels are dropped, a label with a comma survives a ::: list', () => {
    expect(splitTags('* myContacts ::: * starred ::: Friends, family ::: VIP')).toEqual(['Friends, family', 'VIP']);
    expect(splitTags('a, b; c|a')).toEqual(['a', 'b', 'c']);
  });
});

describe('Outlook CSV', () => {
  it('English Outlook: Title is the salutation, not the role; Job Title is; three emails', () => {
    const plan = importOf(csvOf('contacts-outlook.csv'), 'givenFirst', 'outlookCsv');
    expect(plan.rows.map((r) => r.candidate)).toEqual([
      client({
        name: 'David A. Brown',
        organization: 'Contoso Ltd',
        role: 'COO',
        phone: '+1 425 555 0100',
        email: 'david.brown@contoso.example',
        tags: ['Key clients', 'VIP'],
        vip: true,
        notes:
          'Department: Operations\nPhone: +1 425 555 0111\nEmail: dab@home.example\nAnnual contract renewal in March.',
      }),
      client({
        name: 'Laura Chen',
        organization: 'Fabrikam',
        role: 'Buyer',
        phone: '+1 206 555 0142',
        email: 'laura.chen@fabrikam.example',
      }),
    ]);
  });

  it('Russian Outlook in Windows-1251: Фамилия Имя Отчество, Адрес эл. почты, Телефон переносной', () => {
    const decoded = decodeText(bytesOf('contacts-outlook-ru.csv'));
    expect(decoded.encoding).toBe('windows-1251');
    const plan = importOf(parseCsv(decoded.text), 'familyFirst', 'outlookCsvRu');
    expect(plan.rows.map((r) => r.candidate)).toEqual([
      client({
        name: 'Смирнов Алексей Петрович',
        organization: 'ПАО «Уралхим»',
        role: 'Начальник отдела',
        phone: '+7 (343) 310-20-30',
        email: 'smirnov@uralchem.example',
        tags: ['Ключевые', 'VIP'],
        vip: true,
        notes: 'Department: Отдел сбыта\nPhone: +7 (912) 600-70-80\nВстреча на выставке «Иннопром».',
      }),
      client({
        name: 'Орлова Татьяна',
        organization: 'ИП Орлова',
        phone: '+7 (900) 123-45-67',
        email: 'orlova@ip.example',
      }),
    ]);
  });

  it('the note labels follow the app language', () => {
    const table = csvOf('contacts-outlook-ru.csv');
    const { mapping } = guessMapping(table.headers, 'familyFirst');
    const plan = planImport(table, mapping, [], {
      noteLabels: { phone: 'Телефон', email: 'Почта', department: 'Отдел' },
    });
    expect(plan.rows[0]!.candidate.notes).toBe(
      'Отдел: Отдел сбыта\nТелефон: +7 (912) 600-70-80\nВстреча на выставке «Иннопром».',
    );
  });
});

describe('spreadsheets with Russian headers', () => {
  const expected = [
    client({
      name: 'Васильев Дмитрий Олегович',
      organization: 'ООО «Техно»',
      role: 'Директор',
      phone: '+7 495 000-00-01',
      email: 'vasiliev@techno.example',
    }),
    client({
      name: 'Егорова Наталья',
      organization: 'ООО «Техно»',
      role: 'Главный бухгалтер',
      phone: '+7 495 000-00-02',
      email: 'egorova@techno.example',
    }),
  ];

  it('Numbers/Excel CSV: ФИО, Компания, Телефон, Email, Должность by their names', () => {
    const table = csvOf('contacts-numbers-ru.csv');
    expect(table.delimiter).toBe(';');
    expect(importOf(table, 'familyFirst', 'headers').rows.map((r) => r.candidate)).toEqual(expected);
  });

  it('.xlsx read directly: first sheet by default, every sheet offered, cells as text', async () => {
    const bytes = bytesOf('contacts-ru.xlsx');
    expect(detectFileKind(bytes)).toEqual({ kind: 'xlsx' });
    const sheets = await readWorkbook(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Клиенты', 'Архив']);
    const table = sheetTable(sheets[0]!);
    expect(table.headers).toEqual(['ФИО', 'Компания', 'Телефон', 'Email', 'Должность', 'Первая встреча']);
    // Row numbers as Excel shows them; the empty row 4 is skipped.
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(table.rows[0]!.cells).toEqual([
      'Васильев Дмитрий Олегович',
      'ООО «Техно»',
      '74950000001',
      'vasiliev@techno.example',
      'Директор',
      '2025-03-14',
    ]);
    const plan = importOf(table, 'familyFirst', 'headers');
    expect(plan.rows.map((r) => r.candidate)).toEqual([
      { ...expected[0]!, phone: '74950000001' },
      expected[1]!,
      client({ name: 'Ким Ли', organization: 'ООО «Техно»' }),
    ]);
    expect(sheetTable(sheets[1]!).rows.map((r) => r.cells)).toEqual([['Старый Клиент', 'ЗАО «Прошлое»']]);
  });
});

describe('CSV shape', () => {
  it('a one-column file is one column: "Petrov, Petr" stays one name', () => {
    const table = csvOf('contacts-one-column.csv');
    expect(table.delimiter).toBe('none');
    expect(table.headers).toEqual(['Name']);
    const plan = importOf(table, 'givenFirst', 'headers');
    expect(plan.rows.map((r) => r.candidate.name)).toEqual(['Petrov, Petr', 'Ivanova, Maria', 'Smith, John']);
  });

  it('manual mapping: a name from several columns, in part order', () => {
    const table = parseCsv('Фамилия;Имя;Компания\nИванов;Пётр;Альфа\n');
    let mapping = guessMapping(table.headers, 'familyFirst').mapping;
    expect(mapping).toEqual(['name', 'name2', 'organization']);
    mapping = mapColumn(mapping, 1, 'name');
    mapping = mapColumn(mapping, 0, 'name2');
    expect(mapping).toEqual(['name2', 'name', 'organization']);
    expect(planImport(table, mapping, []).rows[0]!.candidate.name).toBe('Пётр Иванов');
    // Choosing a single-column target for another column moves it; phones may share.
    expect(mapColumn(mapping, 2, 'name')).toEqual(['name2', null, 'name']);
    expect(mapColumn(['phone', null], 1, 'phone')).toEqual(['phone', 'phone']);
  });

  it('a lone "Имя" column is the whole name; "Имя" + "Фамилия" are parts', () => {
    expect(guessMapping(['Имя', 'Телефон']).mapping).toEqual(['name', 'phone']);
    expect(guessMapping(['Имя', 'Фамилия', 'Отчество'], 'familyFirst').mapping).toEqual(['name2', 'name', 'name3']);
    expect(guessMapping(['First name', 'Last name'], 'givenFirst').mapping).toEqual(['name', 'name2']);
  });

  it('Google-style cells in a plain file: several emails split, the first must be valid', () => {
    const table = parseCsv('Name,Email\nAnna,"a@x.ru ::: b@y.ru"\nBoris,"not-an-email ::: b@y.ru"\n');
    const plan = planImport(table, guessMapping(table.headers).mapping, []);
    expect(plan.rows[0]!.candidate).toMatchObject({ email: 'a@x.ru', notes: 'Email: b@y.ru' });
    expect(plan.invalid[0]!.problems).toEqual([{ field: 'email', code: 'invalidEmail', value: 'not-an-email' }]);
  });

  it('quoted-printable pasted into a CSV is refused, not imported', () => {
    const table = parseCsv('Name,Company\n=D0=90=D0=BD=D0=BD=D0=B0,Acme\nAnna,=D0=90=D0=BD\n');
    const plan = planImport(table, guessMapping(table.headers).mapping, []);
    expect(plan.rows).toEqual([]);
    expect(plan.invalid.map((r) => r.problems[0])).toEqual([
      { field: 'name', code: 'garbled', value: '=D0=90=D0=BD=D0=BD=D0=B0' },
      { field: 'organization', code: 'garbled', value: '=D0=90=D0=BD' },
    ]);
  });
});

describe('binary files', () => {
  const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
  it('are recognised by their first bytes, whatever their name', () => {
    expect(detectFileKind(ascii('%PDF-1.7\n%âãÏÓ\n'))).toEqual({ kind: 'binary', format: 'pdf' });
    expect(detectFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({
      kind: 'binary',
      format: 'image',
    });
    expect(detectFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ kind: 'binary', format: 'image' });
    expect(detectFileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toEqual({
      kind: 'binary',
      format: 'xls',
    });
    expect(detectFileKind(ascii('PK\x05\x06' + '\0'.repeat(18)))).toEqual({ kind: 'binary', format: 'zip' });
    expect(detectFileKind(ascii('SQLite format 3\0'))).toEqual({ kind: 'binary', format: 'other' });
  });

  it('text stays text: UTF-8, Windows-1251 and UTF-16 with its byte order mark', () => {
    expect(detectFileKind(bytesOf('import-clients-1251.csv'))).toEqual({ kind: 'text' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Name\tEmail\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(detectFileKind(utf16)).toEqual({ kind: 'text' });
    expect(decodeText(utf16)).toEqual({ text: 'Name\tEmail\n', encoding: 'utf-16le', hadBom: true });
  });
});
