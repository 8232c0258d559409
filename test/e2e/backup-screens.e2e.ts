/**
 * Screenshots of the Backup section, the restore confirm step, a restore error and the import
 * dialog, in light/dark, English/Russian, 1280×800 and 1024×700. Run with SCREENSHOTS=1; the
 * PNGs land in /tmp/backup-*.png for a human to look at.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { launchApp, type App } from './harness';

const FIXTURE = path.resolve('test/fixtures/db-v1.json');
const RUSSIAN_CSV = path.resolve('test/fixtures/import-clients-1251.csv');

const VARIANTS = [
  { name: 'en-light-1280', locale: 'en-GB', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'ru-dark-1280', locale: 'ru-RU', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: 'en-dark-1024', locale: 'en-GB', colorScheme: 'dark', viewport: { width: 1024, height: 700 } },
  { name: 'ru-light-1024', locale: 'ru-RU', colorScheme: 'light', viewport: { width: 1024, height: 700 } },
] as const;

const LABELS = {
  'en-GB': {
    settings: 'Settings',
    clients: 'Clients',
    restore: 'Restore from backup…',
    import: 'Import clients…',
    choose: 'Choose file…',
    cancel: 'Cancel',
  },
  'ru-RU': {
    settings: 'Настройки',
    clients: 'Клиенты',
    restore: 'Восстановить из копии…',
    import: 'Импорт клиентов…',
    choose: 'Выбрать файл…',
    cancel: 'Отмена',
  },
};

describe.skipIf(process.env.SCREENSHOTS !== '1')('backup screenshots', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  for (const variant of VARIANTS) {
    it(variant.name, async () => {
      app = await launchApp({ locale: variant.locale, colorScheme: variant.colorScheme, viewport: variant.viewport });
      const { page } = app;
      const l = LABELS[variant.locale];
      const work = mkdtempSync(path.join(tmpdir(), 'rapport-shots-'));
      const shot = (what: string) => page.screenshot({ path: `/tmp/backup-${what}-${variant.name}.png` });

      await page.getByRole('navigation').getByRole('link', { name: l.settings, exact: true }).click();
      const section = page.getByTestId('backup-settings');
      await section.scrollIntoViewIfNeeded();
      let chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: l.restore }).click();
      await (await chooser).setFiles(FIXTURE);
      await page.locator('dialog[open]').waitFor();
      await shot('confirm');
      await page.locator('dialog[open] .button-danger-fill').click();
      await page.getByTestId('backup-result').waitFor();
      await section.scrollIntoViewIfNeeded();
      await shot('section');

      const damaged = JSON.parse(readFileSync(FIXTURE, 'utf8'));
      delete damaged.data.conversations[1].outcome;
      const file = path.join(work, 'rapport-backup-2026-11-20-1000.json');
      writeFileSync(file, JSON.stringify(damaged));
      chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: l.restore }).click();
      await (await chooser).setFiles(file);
      await page.getByTestId('backup-error').waitFor();
      await page.getByTestId('backup-error').scrollIntoViewIfNeeded();
      await shot('error');

      await page.getByRole('navigation').getByRole('link', { name: l.clients, exact: true }).click();
      await page.getByRole('button', { name: l.import }).click();
      await page.locator('dialog[open]').waitFor();
      await shot('import-empty');
      chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: l.choose }).click();
      await (await chooser).setFiles(RUSSIAN_CSV);
      await page.getByTestId('import-preview').waitFor();
      await shot('import');
    });
  }
});
