import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { expectChecked, expectValue, openPage, reload } from './journeys';

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
    await expect.poll(theme).toBe('dark');
    await openPage(page, 'Settings');
    const group = page.getByRole('radiogroup', { name: 'Theme' });
    await expectChecked(group.getByRole('radio', { name: 'System' }));
    await group.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(theme).toBe('light');
    await reload(page);
    await expect.poll(theme).toBe('light');
    await expectChecked(page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }));
  });

  it('shows the OS language on first run and switches back to English', async () => {
    app = await launchApp({ locale: 'ru-RU' });
    const { page } = app;
    await openPage(page, 'Настройки');
    const language = page.getByLabel('Язык');
    await expectValue(language, 'ru');
    await language.selectOption({ label: 'English' });
    await page.getByRole('heading', { name: 'General' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).waitFor();
  });
});
