import { afterEach, describe, it } from 'vitest';
import { launchApp, type App } from './harness';
import { expectTexts, openLogDialog } from './journeys';

describe('app shell', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('shows the navigation and opens the log dialog with Ctrl+N', async () => {
    app = await launchApp();
    const { page } = app;
    await expectTexts(page.getByRole('navigation').getByRole('link'), [
      'Dashboard',
      'Journal',
      'Clients',
      'Disputes',
      'Decisions',
      'Weekly summary',
      'Settings',
    ]);
    await openLogDialog(page);
  });

  it('follows a Russian OS language on first run', async () => {
    app = await launchApp({ locale: 'ru-RU' });
    await app.page.getByRole('link', { name: 'Журнал' }).waitFor();
  });
});
