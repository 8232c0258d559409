/**
 * The dashboard with a realistic journal: charts draw (not blank), nothing overflows, in light
 * and dark, English and Russian, at 1280×800 and 1024×700. Screenshots go to /tmp for a look.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { countOf, expectCount, reload } from './journeys';
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
      await reload(page);
      await page.getByTestId('stat-ratio').waitFor();
      // The seeded journal is owed and quiet for days: the nudge shows; look at it, then dismiss.
      const nudge = page.getByTestId('nudge-banner');
      await nudge.waitFor();
      await page.screenshot({ path: `/tmp/dashboard-${name}-nudge.png` });
      await nudge.getByRole('button').last().click();
      await nudge.waitFor({ state: 'detached' });
      // Charts: bars drawn in the trend, criteria and channel charts.
      await expect.poll(countOf(page.locator('.dashboard-trend .recharts-bar-rectangle'))).toBeGreaterThan(5);
      await expect.poll(countOf(page.locator('.recharts-line-curve'))).toBeGreaterThan(0);
      // Nothing wider than the content area (once the charts, the widest content, are drawn).
      await expect.poll(countOf(page.locator('.chart-box .recharts-surface'))).toBeGreaterThanOrEqual(3);
      const overflow = () =>
        page.evaluate(() => {
          const main = document.querySelector('main.content')!;
          return main.scrollWidth - main.clientWidth;
        });
      await expect.poll(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `/tmp/dashboard-${name}.png` });
      await page.evaluate(() => document.querySelector('main.content')!.scrollTo(0, 100_000));
      await page.screenshot({ path: `/tmp/dashboard-${name}-bottom.png` });
      await page.locator('.dashboard-trend summary').click();
      await expectCount(page.locator('.dashboard-trend table tbody tr'), 12);
      await page.locator('.dashboard-trend').screenshot({ path: `/tmp/dashboard-${name}-trend-table.png` });
      await page.getByRole('navigation').locator('a[href="#/settings"]').click();
      await page.locator('.dashboard-settings').waitFor();
      await page.locator('.dashboard-settings').screenshot({ path: `/tmp/dashboard-${name}-settings.png` });
    });
  }
});

describe('dashboard at 50 000 conversations', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  // Seeding 50 000 records through the page takes minutes on a busy 2-core machine: opt in with
  // E2E_PERF=1 (run it before a release and after touching the dashboard's data flow).
  it.runIf(process.env.E2E_PERF === '1')(
    'switches periods without re-reading the journal',
    { timeout: 600_000 },
    async () => {
      app = await launchApp({ now: NOW });
      const { page } = app;
      await page.locator('.empty-state').waitFor();
      const journal = generateSampleJournal({ seed: 11, clients: 2000, years: 10, now: NOW, utcOffsetMinutes: 0 });
      expect(journal.conversations.length).toBeGreaterThanOrEqual(49_000);
      const seedStarted = Date.now();
      await seedJournal(page, journal);
      console.info(`seeded in ${Date.now() - seedStarted} ms`);
      const loadStarted = Date.now();
      await reload(page);
      await page.getByTestId('stat-ratio').waitFor();
      const loadMs = Date.now() - loadStarted;

      const timings: Record<string, number> = {};
      for (const label of ['All time', 'This year', 'This quarter', 'This week', 'Last 30 days']) {
        const before = await page.getByTestId('stat-satisfied').innerText();
        const started = Date.now();
        await page.getByLabel('Period').selectOption({ label });
        await page.waitForFunction(
          ({ before, label }) =>
            document.querySelector('[data-testid="stat-satisfied"]')?.textContent !== before ||
            (document.querySelector('.dashboard-period select') as HTMLSelectElement | null)?.selectedOptions[0]
              ?.text === label,
          { before, label },
        );
        // One more frame so the charts have painted too.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
        timings[label] = Date.now() - started;
      }
      console.info(`50 000 conversations: first load ${loadMs} ms; period switches ${JSON.stringify(timings)} ms`);
      await page.getByLabel('Period').selectOption({ label: 'All time' });
      await page.screenshot({ path: '/tmp/dashboard-50k-all-time.png' });
      // Generous for a loaded 2-core machine; a re-read of 50 000 records takes seconds.
      for (const ms of Object.values(timings)) expect(ms).toBeLessThan(1500);
    },
  );
});
