import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import {
  countOf,
  expectAbsent,
  expectAttribute,
  expectCount,
  expectDisabled,
  expectTextContaining,
  goToRoute,
  logConversation,
  textContentOf,
  textOf,
  waitForFocus,
} from './journeys';

const SHOTS = process.env.PERF_SHOTS === '1';

async function loadSmallSample(page: Page, buttonName = 'Load sample journal'): Promise<void> {
  await goToRoute(page, '/settings');
  const load = page.getByRole('button', { name: buttonName });
  await expectDisabled(load, false);
  await load.click();
  try {
    await page.getByText(/Sample journal loaded|Демо-журнал загружен/).waitFor({ timeout: 30_000 });
  } catch (e) {
    await page.screenshot({ path: '/tmp/perf-fail.png', fullPage: true });
    throw e;
  }
}

describe('global search', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('loads the sample journal only into an empty journal, and Ctrl+K searches it', async () => {
    app = await launchApp();
    const { page } = app;
    await loadSmallSample(page);
    // Now the journal has entries: the button explains why it is disabled.
    await expectDisabled(page.getByRole('button', { name: 'Load sample journal' }));
    await page.getByText('The sample journal only loads into an empty journal', { exact: false }).waitFor();
    if (SHOTS) await page.screenshot({ path: '/tmp/perf-settings-light.png', fullPage: true });

    await goToRoute(page, '/dashboard');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search' });
    await waitForFocus(box);
    await page.keyboard.type('Петр');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await results.getByRole('group', { name: 'Clients' }).waitFor();
    const first = results.getByRole('option').first();
    await expectAttribute(first, 'aria-selected', 'true');
    await expect.poll(textContentOf(first.locator('mark').first())).toMatch(/^П[её]тр/);
    if (SHOTS) await page.screenshot({ path: '/tmp/perf-search-light.png' });

    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/clients\/[0-9a-f-]{36}$/);
    await expectAbsent(results, { after: page.getByRole('main').getByRole('heading', { level: 1 }) });

    // Arrow keys move through the options.
    await page.keyboard.press('Control+k');
    await waitForFocus(box);
    // Ctrl+K selects what the box holds, so typing replaces it.
    await page.keyboard.type('schedule');
    await results.getByRole('group', { name: 'Conversations' }).waitFor();
    await expectAttribute(results.getByRole('option').nth(0), 'aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expectAttribute(results.getByRole('option').nth(1), 'aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await expectAttribute(results.getByRole('option').nth(0), 'aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expectCount(results, 0);

    // Esc closes; a word that is nowhere says so.
    await page.keyboard.press('Control+k');
    await waitForFocus(box);
    await page.keyboard.type('zzqx');
    await results.getByText('No results for “zzqx”').waitFor();
    await page.keyboard.press('Escape');
    await expectCount(results, 0);
  });

  it('finds a conversation by a word from its notes; Enter opens it; Ctrl+N opens the log dialog', async () => {
    app = await launchApp();
    const { page } = app;
    // The in-app quick-log shortcut (the global one needs the desktop app).
    await logConversation(page, {
      client: 'Marina Sokolova',
      isNewClient: true,
      outcome: 'Satisfied',
      summary: 'Quarterly review',
      notes: 'She asked about the Zephyrine shipment for December.',
    });

    await page.keyboard.press('Control+k');
    await waitForFocus(page.getByRole('combobox', { name: 'Search' }));
    await page.keyboard.type('zephyr');
    const results = page.getByRole('listbox', { name: 'Search results' });
    const option = results.getByRole('group', { name: 'Conversations' }).getByRole('option');
    await expectCount(option, 1);
    await expectTextContaining(option, 'Quarterly review', 'Marina Sokolova');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Edit conversation' }).waitFor();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Edit conversation' }).getByLabel('Notes').inputValue())
      .toContain('Zephyrine');
  });

  it('speaks Russian and works in the dark theme', async () => {
    app = await launchApp({ locale: 'ru-RU', colorScheme: 'dark' });
    const { page } = app;
    await loadSmallSample(page, 'Загрузить демо-журнал');
    await page.keyboard.press('Control+k');
    await waitForFocus(page.getByRole('combobox', { name: 'Поиск' }));
    await page.keyboard.type('delivery');
    await page.getByRole('listbox', { name: 'Результаты поиска' }).getByRole('option').first().waitFor();
    if (SHOTS) {
      await page.screenshot({ path: '/tmp/perf-search-ru-dark.png' });
      await goToRoute(page, '/settings');
      await page.getByRole('heading', { name: 'Демо-журнал' }).waitFor();
      await page.screenshot({ path: '/tmp/perf-settings-ru-dark.png', fullPage: true });
    }
  });
});

// Loads 2 000 clients and 50 000 conversations through Settings: a minute or more on two
// busy cores, so it runs with PERF=1 (npm run bench checks the same on every run).
describe.skipIf(!process.env.PERF)('ten years of data', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('loads the large sample journal and the journal renders only a window of its 50 000 rows', async () => {
    app = await launchApp();
    const { page } = app;
    await goToRoute(page, '/settings');
    await page.getByRole('radio', { name: /Large: 2,000 clients/ }).check();
    await page.getByRole('button', { name: 'Load sample journal' }).click();
    await page.getByRole('progressbar', { name: 'Loading sample journal' }).waitFor();
    await page
      .getByText('Sample journal loaded: 2,000 clients and 50,000 conversations.')
      .waitFor({ timeout: 300_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    const rows = page.getByTestId('journal-row');
    await rows.first().waitFor({ timeout: 60_000 });
    await expect.poll(countOf(rows)).toBeLessThan(150);
    // Scrolled to the bottom, other rows are drawn in place of the newest ones.
    const newest = await textOf(rows.first())();
    await page.locator('.journal-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(textOf(rows.first())).not.toBe(newest);
    await expect.poll(countOf(rows)).toBeLessThan(150);
    await expect.poll(countOf(rows)).toBeGreaterThan(0);
  }, 420_000);
});
