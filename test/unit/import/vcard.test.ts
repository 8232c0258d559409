/**
 * vCards shaped like real exports (fixtures written from the vCard 2.1 specification, RFC 2426
 * and RFC 6350, in the way Android, iPhone and mail programs write them), read through the
 * parser, the mapping and the plan, with the clients they must give spelled out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/import/decode';
import { guessTableMapping } from '../../../shared/import/mapping';
import { planImport, type ImportCandidate, type ImportPlan } from '../../../shared/import/plan';
import { decodeQuotedPrintable, looksLikeVCard, parseVCards } from '../../../shared/import/vcard';

function planOf(fixture: string, order: 'givenFirst' | 'familyFirst' = 'givenFirst'): ImportPlan {
  const text = decodeText(new Uint8Array(readFileSync(`test/fixtures/${fixture}`))).text;
  expect(looksLikeVCard(text)).toBe(true);
  const table = parseVCards(text, { nameOrder: order });
  const { mapping, layout } = guessTableMapping(table, order);
  expect(layout).toBe('vcard');
  return planImport(table, mapping, []);
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

describe('vCard 2.1 as Android writes it', () => {
  it('decodes quoted-printable UTF-8 and Windows-1251 across soft line breaks, skips the photo', () => {
    const plan = planOf('contacts-android-2.1.vcf');
    expect(plan.rows.map((r) => r.candidate)).toEqual([
      client({
        name: 'Пётр Иванович Петров',
        organization: 'АО «Строймаш»',
        role: 'Заместитель директора по закупкам',
        // TEL;WORK;PREF is preferred over the first TEL;CELL.
        phone: '+7 495 765-43-21',
        email: 'petrov@stroymash.ru',
        notes: [
          'Department: Управление снабжения',
          'Phone: +7 916 123-45-67 (cell)',
          'Phone: +7 495 111-22-33 (home)',
          'Email: petr.petrov@mail.example (home)',
          'Звонить до 18:00.',
          'Секретарь — Ирина.',
        ].join('\n'),
      }),
      client({
        name: 'Ольга Сидорова',
        organization: 'ООО «Альфа»',
        phone: '+79031234567',
        email: 'olga@alfa.example',
      }),
      client({ name: 'John Miller', phone: '+44 7700 900456' }),
    ]);
  });

  it('never imports a name left garbled: replacement characters or undecoded =XX are listed with the reason', () => {
    const plan = planOf('contacts-android-2.1.vcf');
    expect(plan.invalid).toEqual([
      {
        line: 55,
        problems: [
          { field: 'name', code: 'garbled', value: '\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD' },
        ],
        name: '\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD',
      },
      {
        line: 60,
        problems: [
          {
            field: 'name',
            code: 'garbled',
            value: '=D0=90=D0=BD=D0=BD=D0=B0 =D0=91=D0=B5=D0=BB=D0=BE=D0=B2=D0=B0',
          },
        ],
        name: '=D0=90=D0=BD=D0=BD=D0=B0 =D0=91=D0=B5=D0=BB=D0=BE=D0=B2=D0=B0',
      },
    ]);
    expect(plan.total).toBe(5);
  });

  it('joins N in the locale order when there is no FN', () => {
    const plan = planOf('contacts-android-2.1.vcf', 'familyFirst');
    expect(plan.rows.map((r) => r.candidate.name)).toEqual(['Пётр Иванович Петров', 'Ольга Сидорова', 'Miller John']);
  });

  it('reports the version', () => {
    const text = readFileSync('test/fixtures/contacts-android-2.1.vcf', 'utf8');
    expect(parseVCards(text).versions).toEqual(['2.1']);
  });

  it('quoted-printable: hex pairs become bytes, other characters stay', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('=D0=90=D0=BD=D0=BD=D0=B0 & Co=2E =ZZ'))).toBe(
      'Анна & Co. =ZZ',
    );
  });
});

describe('vCard 3.0 as an iPhone writes it', () => {
  it('item groups with X-ABLabel, type=pref, ORG departments, escapes, folded base64 photo', () => {
    const plan = planOf('contacts-iphone-3.0.vcf');
    expect(plan.invalid).toEqual([]);
    expect(plan.rows.map((r) => r.candidate)).toEqual([
      client({
        name: 'Мария Игоревна Кузнецова',
        organization: 'ООО «Альфа-Логистик»',
        role: 'Руководитель отдела закупок',
        phone: '+7 (903) 111-22-33',
        // The work address is marked pref although it comes second.
        email: 'm.kuznetsova@alfa-log.example',
        tags: ['ключевой', 'логистика'],
        notes: [
          'Department: Отдел закупок',
          'Phone: +7 (495) 222-33-44 (work)',
          'Phone: +7 (495) 222-33-45 (Помощник)',
          'Email: masha.k@mail.example (home)',
          'Предпочитает звонки после 15:00.',
          'По пятницам — только почта; отвечает в тот же день.',
        ].join('\n'),
      }),
      client({
        name: 'ООО «Стройснаб»',
        organization: 'ООО «Стройснаб»',
        phone: '+7 812 000-11-22',
        email: 'info@stroysnab.example',
        // Apple's built-in label `_$!<Work>!$_` reads as "Work".
        notes: 'Email: zakaz@stroysnab.example (Work)',
      }),
    ]);
  });
});

describe('vCard 4.0 (RFC 6350)', () => {
  it('PREF=1 wins, tel: URIs, quoted TYPE lists, CATEGORIES with VIP set the flag, data: photo skipped', () => {
    const plan = planOf('contacts-4.0.vcf');
    expect(plan.rows.map((r) => r.candidate)).toEqual([
      client({
        name: "Helen O'Brien",
        organization: 'Northwind Traders',
        role: 'Head of Customer Care',
        phone: '+44-20-7946-0991',
        email: 'helen.obrien@northwind.example',
        tags: ['key account', 'VIP'],
        vip: true,
        notes: [
          'Department: Customer Care, EMEA',
          'Phone: +44-7700-900123 (cell)',
          'Met at the London fair, 2025.',
          'Prefers email; answers within a day.',
        ].join('\n'),
      }),
    ]);
  });

  it('the older mixed 3.0/4.0 fixture still reads: folded lines, groups, parameters, escapes, N fallback', () => {
    const plan = planOf('import-contacts.vcf');
    expect(plan.rows.map((r) => r.line)).toEqual([1, 11, 21]);
    expect(plan.rows.map((r) => r.candidate)).toEqual([
      client({
        name: 'Анна Петрова',
        organization: 'ООО «Северный ветер»',
        role: 'Генеральный директор',
        phone: '+7 912 555-01-01',
        email: 'anna@sevveter.ru',
        tags: ['ключевой', 'логистика'],
        notes: 'Department: Отдел продаж',
      }),
      client({
        name: 'John Miller',
        organization: 'Miller & Sons',
        role: 'Procurement lead, EMEA',
        phone: '+44-20-7946-0018',
        email: 'john@millersons.co.uk',
        notes: 'A long note that is folded across two lines',
      }),
      client({ name: 'Kim Lee', email: 'kim.lee@example.test' }),
    ]);
    expect(plan.invalid).toEqual([{ line: 26, problems: [{ field: 'name', code: 'missing' }], name: '' }]);
  });

  it('a base64 block in 2.1 style without indentation does not swallow the next property', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Anna',
      'PHOTO;BASE64;TYPE=JPEG:/9j/4AAQ',
      'SkZJRgABAQAAAQABAAD',
      '',
      'EMAIL;INTERNET:anna@x.example',
      'END:VCARD',
    ].join('\r\n');
    const table = parseVCards(text);
    expect(table.rows[0]!.cells.slice(0, 1)).toEqual(['Anna']);
    expect(table.rows[0]!.cells[5]).toBe('anna@x.example');
  });
});
