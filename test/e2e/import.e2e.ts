import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';

const FIXTURE = path.resolve('test/fixtures/db-v1.json');
const RUSSIAN_CSV = path.resolve('test/fixtures/import-clients-1251.csv');
const VCARDS = path.resolve('test/fixtures/import-contacts.vcf');
const SHOTS = process.env.SCREENSHOTS === '1';

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

async function openImport(page: Page, clientsName: string, importName: string, chooseName: string, file: string) {
  await page.getByRole('navigation').getByRole('link', { name: clientsName, exact: true }).click();
  await page.getByRole('button', { name: importName }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: chooseName }).click();
  await (await chooser).setFiles(file);
  await page.getByTestId('import-preview').waitFor();
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
    await expect(dialog.getByTestId('import-file-info').textContent()).resolves.toContain(
      'Windows-1251 (Cyrillic) · 6 rows',
    );
    await expect(dialog.getByLabel('Separator').inputValue()).resolves.toBe('auto');
    await expect(dialog.getByLabel('Column “ФИО” goes to').inputValue()).resolves.toBe('name');
    await expect(dialog.getByLabel('Column “Почта” goes to').inputValue()).resolves.toBe('email');
    await dialog.getByRole('cell', { name: 'Пётр Иванов' }).waitFor();

    // Invalid rows with their line numbers; the duplicate of an existing client.
    const invalid = dialog.getByTestId('import-invalid');
    await expect(invalid.textContent()).resolves.toContain('line 4: no name');
    await expect(invalid.textContent()).resolves.toContain('line 5: “olga(at)alfa.ru” is not an email address');
    await dialog.getByText('Same as Анна Петрова').waitFor();
    await expect(dialog.getByTestId('import-summary').textContent()).resolves.toBe(
      '3 new · 0 merged · 1 skipped · 2 not imported',
    );
    if (SHOTS) await page.screenshot({ path: '/tmp/backup-import-en-light.png' });

    // Merge the duplicate, then import.
    await dialog.getByLabel('Line 2: skip or merge').selectOption('merge');
    await dialog.getByRole('button', { name: 'Import 4 clients' }).click();
    await page.getByText('Imported: 3 new, 1 merged.').waitFor();
    await expect(page.getByRole('dialog', { name: 'Import clients' }).count()).resolves.toBe(0);
    for (const name of ['Пётр Иванов', 'Мария Кузнецова', '=HYPERLINK("http://evil";"Жми")']) {
      await page.getByText(name, { exact: true }).first().waitFor();
    }
    await expect(page.getByText('Ольга Сидорова').count()).resolves.toBe(0);
  });

  it('reads vCards, lets the user cancel, and offers the separator when no name column is found', async () => {
    app = await launchApp({ locale: 'ru-RU', colorScheme: SHOTS ? 'dark' : 'light' });
    const { page } = app;
    await openImport(page, 'Клиенты', 'Импорт клиентов…', 'Выбрать файл…', VCARDS);
    const dialog = page.getByRole('dialog', { name: 'Импорт клиентов' });
    await dialog.getByRole('cell', { name: 'Kim Lee' }).waitFor();
    await expect(dialog.getByTestId('import-invalid').textContent()).resolves.toContain('строка 26: нет имени');
    await expect(dialog.getByRole('button', { name: 'Импортировать 3 клиента' }).count()).resolves.toBe(1);
    if (SHOTS) await page.screenshot({ path: '/tmp/backup-import-ru-dark.png' });

    // Forcing the wrong separator on a CSV: no name column, a clear hint, nothing to import.
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Выбрать другой файл…' }).click();
    await (await chooser).setFiles(RUSSIAN_CSV);
    await dialog.getByLabel('Разделитель').selectOption(',');
    await dialog.getByText('Выберите столбец с именем клиента').waitFor();
    await expect(dialog.getByRole('button', { name: 'Нечего импортировать' }).isDisabled()).resolves.toBe(true);

    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await expect(page.getByRole('dialog', { name: 'Импорт клиентов' }).count()).resolves.toBe(0);
    await expect(page.getByText('Kim Lee').count()).resolves.toBe(0);
  });
});
