import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';

describe('settings: general', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('follows the OS theme until one is chosen, and remembers the choice', async () => {
    app = await launchApp({ colorScheme: 'dark' });
    const { page } = app;
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    await expect(theme()).resolves.toBe('dark');
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const group = page.getByRole('radiogroup', { name: 'Theme' });
    await expect(group.getByRole('radio', { name: 'System' }).isChecked()).resolves.toBe(true);
    await group.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(theme).toBe('light');
    await page.reload();
    await page.waitForSelector('.app');
    await expect(theme()).resolves.toBe('light');
    await expect(
      page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).isChecked(),
    ).resolves.toBe(true);
  });

  it('shows the OS language on first run and switches back to English', async () => {
    app = await launchApp({ locale: 'ru-RU' });
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click();
    const language = page.getByLabel('Язык');
    await expect(language.inputValue()).resolves.toBe('ru');
    await language.selectOption({ label: 'English' });
    await page.getByRole('heading', { name: 'General' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).waitFor();
  });
});
