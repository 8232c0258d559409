import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { expectAbsent } from './journeys';

const fixture = (name: string) => path.resolve('test/fixtures', name);
const FIXTURE = fixture('db-v1.json');
const RUSSIAN_CSV = fixture('import-clients-1251.csv');
const VCARDS = fixture('import-contacts.vcf');
const SHOTS = process.env.SCREENSHOTS === '1';

type FileArg = string | { name: string; mimeType: string; buffer: Buffer };

async function restoreFixture(
  page: Page,
  settingsName: string,
  restoreName: string,
  replaceName: string,
): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: settingsName, exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: restoreName }).click();
  await (await chooser).setFiles(FIXTURE);
  await page.getByRole('button', { name: replaceName }).click();
  await page.getByTestId('backup-result').waitFor();
}

/** Opens the import dialog from the Clients page. */
async function openImportDialog(page: Page, clientsName: string, importName: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: clientsName, exact: true }).click();
  await page.getByRole('button', { name: importName }).click();
}

/** Chooses a file in the open dialog (the first or another one). */
async function chooseFile(page: Page, buttonName: RegExp, file: FileArg): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles(file);
}

async function openImport(page: Page, clientsName: string, importName: string, chooseName: string, file: string) {
  await openImportDialog(page, clientsName, importName);
  await chooseFile(page, new RegExp(`^${chooseName}$`), file);
  await page.getByTestId('import-preview').waitFor();
}

const text = (locator: Locator) => () => locator.textContent();

/** The clients list as "Name [VIP] · Organization" lines, in the list's order. */
function clientRows(page: Page): Promise<string[]> {
  return page
    .locator('.clients-row:not(.clients-head)')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [
          row.querySelector('.clients-name a')?.textContent ?? '',
          row.querySelector('.badge-vip') ? 'VIP' : '',
          row.querySelector('.clients-org')?.textContent ?? '',
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    );
}

/** Opens a client's page from the clients list. */
async function openClient(page: Page, name: string): Promise<void> {
  await page.locator('.clients-name a', { hasText: name }).first().click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** The open client page: details as label → text, and the notes. */
function clientDetails(page: Page): Promise<Record<string, string>> {
  return page
    .locator('.detail-pair, .client-notes')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) =>
          item.classList.contains('client-notes')
            ? ['notes', item.textContent ?? '']
            : [item.querySelector('dt')?.textContent ?? '', item.querySelector('dd')?.textContent ?? ''],
        ),
      ),
    );
}

async function importAll(page: Page, buttonName: RegExp, toast: string | RegExp): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: buttonName }).click();
  await page.getByText(toast).first().waitFor();
  await dialog.waitFor({ state: 'detached' });
}

describe('import clients (web build)', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports a semicolon-separated Windows-1251 CSV with a duplicate and invalid rows', async () => {
    app = await launchApp();
    const { page } = app;
    await restoreFixture(page, 'Settings', 'Restore from backup…', 'Replace journal');
    await openImport(page, 'Clients', 'Import clients…', 'Choose file…', RUSSIAN_CSV);
    const dialog = page.getByRole('dialog', { name: 'Import clients' });

    // Encoding, separator and mapping were detected.
    await expect.poll(text(dialog.getByTestId('import-file-info'))).toContain('Windows-1251 (Cyrillic) · 6 rows');
    await expect.poll(() => dialog.getByLabel('Separator').inputValue()).toBe('auto');
    await expect.poll(() => dialog.getByLabel('Column “ФИО” goes to').inputValue()).toBe('name');
    await expect.poll(() => dialog.getByLabel('Column “Почта” goes to').inputValue()).toBe('email');
    await expect.poll(text(dialog.getByTestId('import-layout'))).toContain('Columns recognised by their headers.');
    await dialog.getByRole('cell', { name: 'Пётр Иванов' }).waitFor();

    // Invalid rows with their line numbers; the duplicate of an existing client.
    const invalid = dialog.getByTestId('import-invalid');
    await expect.poll(text(invalid)).toContain('line 4: no name');
    await expect.poll(text(invalid)).toContain('line 5: “olga(at)alfa.ru” is not an email address');
    await dialog.getByText('Same as Анна Петрова').waitFor();
    await expect.poll(text(dialog.getByTestId('import-summary'))).toBe('3 new · 0 merged · 1 skipped · 2 not imported');
    if (SHOTS) await page.screenshot({ path: '/tmp/backup-import-en-light.png' });

    // Merge the duplicate, then import.
    await dialog.getByLabel('Line 2: skip or merge').selectOption('merge');
    await importAll(page, /^Import 4 clients$/, 'Imported: 3 new, 1 merged.');
    for (const name of ['Пётр Иванов', 'Мария Кузнецова', '=HYPERLINK("http://evil";"Жми")']) {
      await page.getByText(name, { exact: true }).first().waitFor();
    }
    await expect.poll(() => page.getByText('Ольга Сидорова').count()).toBe(0);
  });

  it('reads vCards, lets the user cancel, and offers the separator when no name column is found', async () => {
    app = await launchApp({ locale: 'ru-RU', colorScheme: SHOTS ? 'dark' : 'light' });
    const { page } = app;
    await openImport(page, 'Клиенты', 'Импорт клиентов…', 'Выбрать файл…', VCARDS);
    const dialog = page.getByRole('dialog', { name: 'Импорт клиентов' });
    // No FN: the name is joined from N in the Russian order.
    await dialog.getByRole('cell', { name: 'Lee Kim' }).waitFor();
    await expect.poll(text(dialog.getByTestId('import-invalid'))).toContain('строка 26: нет имени');
    await dialog.getByRole('button', { name: 'Импортировать 3 клиента' }).waitFor();
    if (SHOTS) await page.screenshot({ path: '/tmp/backup-import-ru-dark.png' });

    // Forcing the wrong separator on a CSV: no name column, a clear hint, nothing to import.
    await chooseFile(page, /^Выбрать другой файл…$/, RUSSIAN_CSV);
    await dialog.getByRole('cell', { name: 'Пётр Иванов' }).waitFor();
    await dialog.getByLabel('Разделитель').selectOption(',');
    await dialog.getByText('Выберите столбец с именем клиента').waitFor();
    await expect.poll(() => dialog.getByRole('button', { name: 'Нечего импортировать' }).isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Nothing was imported: the Clients page still guides a new user.
    await expectAbsent(page.getByText('Lee Kim'), {
      after: page.getByRole('heading', { name: 'Добавьте первого клиента' }),
    });
  });

  it('an Android vCard 2.1 (quoted-printable UTF-8 and Windows-1251) imports decoded; garbled names are refused; Undo', async () => {
    app = await launchApp(SHOTS ? { viewport: { width: 1024, height: 700 } } : {});
    const { page } = app;
    await openImport(page, 'Clients', 'Import clients…', 'Choose file…', fixture('contacts-android-2.1.vcf'));
    const dialog = page.getByRole('dialog', { name: 'Import clients' });
    await expect.poll(text(dialog.getByTestId('import-layout'))).toContain('Recognised: vCard 2.1 contacts.');
    await dialog.getByRole('cell', { name: 'Пётр Иванович Петров' }).waitFor();
    const invalid = dialog.getByTestId('import-invalid');
    await expect.poll(text(invalid)).toContain('line 55: the name “');
    await expect
      .poll(text(invalid))
      .toContain('line 60: the name “=D0=90=D0=BD=D0=BD=D0=B0 =D0=91=D0=B5=D0=BB=D0=BE=D0=B2=D0=B0” is garbled');
    await expect.poll(text(dialog.getByTestId('import-summary'))).toBe('3 new · 0 merged · 0 skipped · 2 not imported');
    if (SHOTS) await page.screenshot({ path: '/tmp/import-android-en-light-1024.png' });
    await importAll(page, /^Import 3 clients$/, 'Imported: 3 new, 0 merged.');

    await expect
      .poll(() => clientRows(page))
      .toEqual(['John Miller · —', 'Ольга Сидорова · ООО «Альфа»', 'Пётр Иванович Петров · АО «Строймаш»']);

    // Undo takes the whole import back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Import undone.').waitFor();
    await page.getByRole('heading', { name: 'Add your first client' }).waitFor();

    // Imported again: the extra phones and emails, the department and the note are in the notes.
    await openImport(page, 'Clients', 'Import clients…', 'Choose file…', fixture('contacts-android-2.1.vcf'));
    await importAll(page, /^Import 3 clients$/, 'Imported: 3 new, 0 merged.');
    await openClient(page, 'Пётр Иванович Петров');
    await expect
      .poll(() => clientDetails(page))
      .toMatchObject({
        Role: 'Заместитель директора по закупкам',
        Phone: '+7 495 765-43-21',
        Email: 'petrov@stroymash.ru',
        notes: [
          'Department: Управление снабжения',
          'Phone: +7 916 123-45-67 (mobile)',
          'Phone: +7 495 111-22-33 (home)',
          'Email: petr.petrov@mail.example (home)',
          'Звонить до 18:00.',
          'Секретарь — Ирина.',
        ].join('\n'),
      });
  });

  it('iPhone (3.0) and mail-program (4.0) vCards, Outlook and older Google CSV need no mapping', async () => {
    app = await launchApp();
    const { page } = app;
    await openImport(page, 'Clients', 'Import clients…', 'Choose file…', fixture('contacts-iphone-3.0.vcf'));
    const dialog = page.getByRole('dialog', { name: 'Import clients' });
    await expect.poll(text(dialog.getByTestId('import-layout'))).toContain('Recognised: vCard 3.0 contacts.');
    await importAll(page, /^Import 2 clients$/, 'Imported: 2 new, 0 merged.');
    await openClient(page, 'Мария Игоревна Кузнецова');
    await expect
      .poll(() => clientDetails(page))
      .toMatchObject({
        Organization: 'ООО «Альфа-Логистик»',
        Phone: '+7 (903) 111-22-33',
        Email: 'm.kuznetsova@alfa-log.example',
        Tags: 'ключевойлогистика',
        notes: expect.stringContaining('Phone: +7 (495) 222-33-45 (Помощник)'),
      });

    await openImport(page, 'Clients', 'Import clients…', 'Choose file…', fixture('contacts-4.0.vcf'));
    await expect.poll(text(dialog.getByTestId('import-layout'))).toContain('Recognised: vCard 4.0 contacts.');
    await importAll(page, /^Import 1 client$/, 'Imported: 1 new, 0 merged.');

    await openImport(page, 'Clients', 'Import clients…', 'Choose file…', fixture('contacts-outlook.csv'));
    await expect.poll(text(dialog.getByTestId('import-layout'))).toContain('Recognised: an Outlook CSV export.');
    // "Title" is Outlook's salutation (Mr., Ms.): not imported; "Job Title" is the role.
    await expect.poll(() => dialog.getByLabel('Column “Title” goes to').inputValue()).toBe('');
    await expect.poll(() => dialog.getByLabel('Column “Job Title” goes to').inputValue()).toBe('role');
    await importAll(page, /^Import 2 clients$/, 'Imported: 2 new, 0 merged.');

    await openImport(page, 'Clients', 'Import clients…', 'Choose file…', fixture('contacts-google-legacy.csv'));
    await expect
      .poll(text(dialog.getByTestId('import-layout')))
      .toContain('Recognised: a Google Contacts CSV export (older layout).');
    await importAll(page, /^Import 2 clients$/, 'Imported: 2 new, 0 merged.');

    await expect
      .poll(() => clientRows(page))
      .toEqual([
        'David A. Brown · VIP · Contoso Ltd',
        "Helen O'Brien · VIP · Northwind Traders",
        'Laura Chen · Fabrikam',
        'Sarah Connor · VIP · Cyberdyne Systems',
        'Игорь Владимирович Соколов · ООО «Дилер-Центр»',
        'Мария Игоревна Кузнецова · ООО «Альфа-Логистик»',
        'ООО «Стройснаб» · ООО «Стройснаб»',
      ]);
    await openClient(page, 'David A. Brown');
    await expect
      .poll(() => clientDetails(page))
      .toMatchObject({
        Role: 'COO',
        Phone: '+1 425 555 0100',
        Email: 'david.brown@contoso.example',
        notes:
          'Department: Operations\nPhone: +1 425 555 0111\nEmail: dab@home.example\nAnnual contract renewal in March.',
      });
  });

  it('in Russian: Google CSV (Фамилия Имя Отчество, labels, VIP), Russian Outlook, a Numbers sheet, an Excel workbook with two sheets', async () => {
    app = await launchApp({
      locale: 'ru-RU',
      ...(SHOTS ? { colorScheme: 'dark', viewport: { width: 1024, height: 700 } } : {}),
    });
    const { page } = app;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await openImport(page, 'Клиенты', 'Импорт клиентов…', 'Выбрать файл…', fixture('contacts-google.csv'));
    const dialog = page.getByRole('dialog', { name: 'Импорт клиентов' });
    await expect
      .poll(text(dialog.getByTestId('import-layout')))
      .toContain('Распознано: выгрузка CSV из Google Контактов.');
    await expect.poll(() => dialog.getByLabel('Столбец «Last Name» —').inputValue()).toBe('name');
    await expect.poll(() => dialog.getByLabel('Столбец «First Name» —').inputValue()).toBe('name2');
    await expect.poll(() => dialog.getByLabel('Столбец «Middle Name» —').inputValue()).toBe('name3');
    // The mapping stays editable, and a name part shows its number.
    await expect
      .poll(() => dialog.getByLabel('Столбец «First Name» —').locator('option:checked').textContent())
      .toBe('Имя (часть 2)');
    if (SHOTS) await page.screenshot({ path: '/tmp/import-google-ru-dark-1024.png' });
    await importAll(page, /^Импортировать 3 клиента$/, 'Импортировано: новых 3, объединено 0.');
    await openClient(page, 'Петрова Анна Сергеевна');
    await expect
      .poll(() => clientDetails(page))
      .toMatchObject({
        Организация: 'ООО «Северный ветер»',
        Телефон: '+7 912 555-01-01',
        'Эл. почта': 'anna@sevveter.example',
        Метки: 'VIPПоставщики',
        notes:
          'Телефон: +7 343 200-10-10\nЭл. почта: a.petrova@mail.example\nЛюбит обсуждать логистику.\nЗвонить утром.',
      });

    await openImport(page, 'Клиенты', 'Импорт клиентов…', 'Выбрать файл…', fixture('contacts-outlook-ru.csv'));
    await expect.poll(text(dialog.getByTestId('import-file-info'))).toContain('Windows-1251 (кириллица) · 2 строки');
    await expect
      .poll(text(dialog.getByTestId('import-layout')))
      .toContain('Распознано: выгрузка CSV из русского Outlook.');
    await importAll(page, /^Импортировать 2 клиента$/, 'Импортировано: новых 2, объединено 0.');

    await openImport(page, 'Клиенты', 'Импорт клиентов…', 'Выбрать файл…', fixture('contacts-numbers-ru.csv'));
    await expect.poll(text(dialog.getByTestId('import-layout'))).toContain('Столбцы распознаны по заголовкам.');
    await importAll(page, /^Импортировать 2 клиента$/, 'Импортировано: новых 2, объединено 0.');

    // The workbook reader has not been loaded for the CSV files.
    expect(requests.some((url) => /exceljs/.test(url))).toBe(false);
    await openImportDialog(page, 'Клиенты', 'Импорт клиентов…');
    await chooseFile(page, /^Выбрать файл…$/, fixture('contacts-ru.xlsx'));
    await dialog.getByTestId('import-preview').waitFor();
    expect(requests.some((url) => /exceljs/.test(url))).toBe(true);
    await expect.poll(text(dialog.getByTestId('import-file-info'))).toContain('Книга Excel · 3 строки');
    // Every row of the first sheet is a duplicate of the Numbers file except Ким Ли.
    await expect
      .poll(text(dialog.getByTestId('import-summary')))
      .toBe('новых: 1 · объединить: 0 · пропустить: 2 · не импортируется: 0');
    await dialog.getByLabel('Лист').selectOption({ label: 'Архив' });
    await dialog.getByRole('cell', { name: 'Старый Клиент' }).waitFor();
    await importAll(page, /^Импортировать 1 клиента$/, 'Импортировано: новых 1, объединено 0.');

    await expect
      .poll(() => clientRows(page))
      .toEqual([
        'Васильев Дмитрий Олегович · ООО «Техно»',
        'Егорова Наталья · ООО «Техно»',
        'Орлова Татьяна · ИП Орлова',
        'Петрова Анна Сергеевна · VIP · ООО «Северный ветер»',
        'Смирнов Алексей Петрович · VIP · ПАО «Уралхим»',
        'Старый Клиент · ЗАО «Прошлое»',
        'Kim · —',
        'Miller John · Miller & Sons',
      ]);
  });

  it('a one-column file stays one column, a name can be built from several columns, binary files get a message', async () => {
    app = await launchApp();
    const { page } = app;
    await openImport(page, 'Clients', 'Import clients…', 'Choose file…', fixture('contacts-one-column.csv'));
    const dialog = page.getByRole('dialog', { name: 'Import clients' });
    await expect
      .poll(() => dialog.getByLabel('Separator').locator('option:checked').textContent())
      .toBe('Detect automatically (None (one column))');
    await dialog.getByRole('cell', { name: 'Petrov, Petr' }).waitFor();
    await dialog.getByRole('button', { name: 'Import 3 clients' }).waitFor();

    // Manual mapping: headers nobody recognises, the name from two columns in the chosen order.
    await chooseFile(page, /^Choose another file…$/, {
      name: 'crm.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Nachname;Vorname;Firma\nMüller;Anna;Nordwind\n'),
    });
    await dialog.getByText('Choose the column with the client’s name.', { exact: false }).waitFor();
    await dialog.getByLabel('Column “Vorname” goes to').selectOption({ label: 'Name (part 1)' });
    await dialog.getByLabel('Column “Nachname” goes to').selectOption({ label: 'Name (part 2)' });
    await dialog.getByLabel('Column “Firma” goes to').selectOption({ label: 'Organization' });
    await importAll(page, /^Import 1 client$/, 'Imported: 1 new, 0 merged.');
    await expect.poll(() => clientRows(page)).toEqual(['Anna Müller · Nordwind']);

    // Files that are not contacts: a clear message instead of a preview.
    await openImportDialog(page, 'Clients', 'Import clients…');
    const binaries: [FileArg, string][] = [
      [
        { name: 'contacts.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n') },
        '“contacts.pdf” is a PDF document, not a contacts file.',
      ],
      [
        {
          name: 'clients.xls',
          mimeType: 'application/vnd.ms-excel',
          buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
        },
        '“clients.xls” is an old Excel workbook (.xls) or a password-protected one.',
      ],
      [
        {
          name: 'card.png',
          mimeType: 'image/png',
          buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        },
        '“card.png” is an image, not a contacts file.',
      ],
      [
        {
          name: 'takeout.zip',
          mimeType: 'application/zip',
          buffer: Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1'),
        },
        '“takeout.zip” is a ZIP archive. Unpack it',
      ],
    ];
    let first = true;
    for (const [file, message] of binaries) {
      await chooseFile(page, first ? /^Choose file…$/ : /^Choose another file…$/, file);
      first = false;
      await expect.poll(text(dialog.getByTestId('import-binary'))).toContain(message);
      await expect.poll(() => dialog.getByTestId('import-preview').count()).toBe(0);
      await expect.poll(() => dialog.getByRole('button', { name: 'Nothing to import' }).isDisabled()).toBe(true);
    }

    // An .xlsx renamed to .csv is still read as a workbook.
    await chooseFile(page, /^Choose another file…$/, {
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(fixture('contacts-ru.xlsx')),
    });
    await dialog.getByRole('cell', { name: 'Васильев Дмитрий Олегович' }).waitFor();
    await expect.poll(text(dialog.getByTestId('import-file-info'))).toContain('Excel workbook · 3 rows');
    await dialog.getByRole('button', { name: 'Import 3 clients' }).waitFor();
    if (SHOTS) await page.screenshot({ path: '/tmp/import-xlsx-en-light.png' });
  });
});
