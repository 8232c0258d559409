/**
 * The dashboard with a realistic journal: charts draw (not blank), nothing overflows, in light
 * and dark, English and Russian, at 1280×800 and 1024×700. Screenshots go to /tmp for a look.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { seedJournal } from './dashboardSeed';
import { generateSampleJournal } from '../../shared/sample/generate';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('dashboard with a realistic journal', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const cases = [
    { locale: 'en-GB', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
    { locale: 'en-GB', colorScheme: 'dark', viewport: { width: 1024, height: 700 } },
    { locale: 'ru-RU', colorScheme: 'light', viewport: { width: 1024, height: 700 } },
    { locale: 'ru-RU', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  ] as const;

  for (const c of cases) {
    const name = `${c.locale}-${c.colorScheme}-${c.viewport.width}`;
    it(`draws every chart without overflow (${name})`, async () => {
      app = await launchApp({ locale: c.locale, colorScheme: c.colorScheme, viewport: c.viewport, now: NOW });
      const { page } = app;
      await page.locator('.empty-state').waitFor();
      const journal = generateSampleJournal({ seed: 7, clients: 60, years: 1, now: NOW, utcOffsetMinutes: 0 });
      await seedJournal(page, journal);
      await page.reload();
      await page.getByTestId('stat-ratio').waitFor();
      // Charts: bars drawn in the trend, criteria and channel charts.
      await page.locator('.dashboard-trend .recharts-bar-rectangle').first().waitFor();
      expect(await page.locator('.dashboard-trend .recharts-bar-rectangle').count()).toBeGreaterThan(5);
      expect(await page.locator('.recharts-line-curve').count()).toBeGreaterThan(0);
      // Nothing wider than the content area.
      const overflow = await page.evaluate(() => {
        const main = document.querySelector('main.content')!;
        return main.scrollWidth - main.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `/tmp/dashboard-${name}.png` });
      await page.evaluate(() => document.querySelector('main.content')!.scrollTo(0, 100_000));
      await page.screenshot({ path: `/tmp/dashboard-${name}-bottom.png` });
    });
  }
});
