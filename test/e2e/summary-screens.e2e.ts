/**
 * Screenshots of the Weekly summary page (light/dark, en/ru, two window sizes) for a seeded week,
 * plus the exported HTML and a PDF of it. Run with SCREENSHOTS=1; images go to
 * /tmp/summary-screens/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import { expectText, goToRoute, reload } from './journeys';
import { summaryFixture } from '../fixtures/summary-week';

const OUT = '/tmp/summary-screens';
const NOW = new Date(2026, 11, 2, 10, 0);

/** Puts the fixture week straight into the app's IndexedDB, then reloads so every index reads it. */
export async function seedSummaryWeek(page: Page): Promise<void> {
  const input = summaryFixture();
  const tables = {
    clients: input.clients,
    conversations: input.conversations,
    disputes: input.disputes,
    decisions: input.decisions,
  };
  await page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('rapport');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables);
  await reload(page);
}

describe.skipIf(process.env.SCREENSHOTS !== '1')('weekly summary screenshots', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  for (const locale of ['en-GB', 'ru-RU'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 1024, height: 700 },
      ]) {
        it(`page ${locale} ${colorScheme} ${viewport.width}`, async () => {
          mkdirSync(OUT, { recursive: true });
          app = await launchApp({ locale, colorScheme, viewport, now: NOW });
          const { page } = app;
          await seedSummaryWeek(page);
          await goToRoute(page, '/summary');
          const frame = page.frameLocator('[data-testid="summary-preview"]');
          await frame.locator('h1').waitFor();
          await expectText(frame.locator('[data-figure="owed"] .value'), '7');
          const name = `${OUT}/page-${locale.slice(0, 2)}-${colorScheme}-${viewport.width}`;
          await page.screenshot({ path: `${name}.png` });
          await page.locator('.content').evaluate((el) => el.scrollTo(0, 900));
          await page.screenshot({ path: `${name}-scrolled.png` });
        });
      }
    }
  }

  it('exported HTML and PDF', async () => {
    mkdirSync(OUT, { recursive: true });
    app = await launchApp({ now: NOW });
    const { page } = app;
    await seedSummaryWeek(page);
    await goToRoute(page, '/summary');
    await page.frameLocator('[data-testid="summary-preview"]').locator('h1').waitFor();
    for (const language of ['English', 'Русский']) {
      await page.getByLabel('Summary language').selectOption({ label: language });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export HTML' }).click(),
      ]);
      const file = `${OUT}/export-${language === 'English' ? 'en' : 'ru'}.html`;
      await download.saveAs(file);
      const html = readFileSync(file, 'utf8');
      const viewer = await app.context.newPage();
      await viewer.setViewportSize({ width: 1000, height: 1200 });
      await viewer.setContent(html);
      await viewer.screenshot({ path: file.replace('.html', '-html.png'), fullPage: true });
      // As the browser's print dialog prints it: the CSS page size and margin footer.
      const pdf = await viewer.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(file.replace('.html', '.pdf'), pdf);
      await viewer.close();
    }
    await page.getByLabel('Summary language').selectOption({ label: 'App language' });
  });
});
