import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';

describe('app shell', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('shows the navigation and opens the log dialog with Ctrl+N', async () => {
    app = await launchApp();
    const { page } = app;
    for (const name of ['Dashboard', 'Journal', 'Clients', 'Disputes', 'Decisions', 'Settings']) {
      await expect(page.getByRole('navigation').getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    }
    await page.keyboard.press('Control+n');
    await page.getByRole('dialog', { name: 'Log conversation' }).waitFor();
  });

  it('follows a Russian OS language on first run', async () => {
    app = await launchApp({ locale: 'ru-RU' });
    await app.page.getByRole('link', { name: 'Журнал' }).waitFor();
  });
});
