/** A long decision register stays a screenful of DOM rows and scrolls to its last entry. */
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { countOf, goToRoute, reload } from './journeys';
import { seedJournal } from './dashboardSeed';
import { generateSampleJournal } from '../../shared/sample/generate';

const NOW = new Date('2026-11-23T12:00:00.000Z');

describe('long decision register', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('renders only the visible rows of 3 000 decisions', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const journal = generateSampleJournal({ seed: 3, clients: 40, years: 1, now: NOW, utcOffsetMinutes: 0 });
    const template = journal.decisions[0]!;
    // All kept, dated one day apart, so the register order (newest first) is known.
    const decisions = Array.from({ length: 3000 }, (_, i) => ({
      ...template,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      decision: `Decision number ${i}`,
      status: 'kept' as const,
      decidedOn: new Date(Date.UTC(2018, 0, 1 + i)).toISOString().slice(0, 10),
      createdAt: new Date(Date.UTC(2018, 0, 1 + i)).toISOString(),
    }));
    await seedJournal(page, { ...journal, decisions });
    await reload(page);
    await goToRoute(page, '/decisions');
    await page.getByText('Decision number 2999', { exact: true }).waitFor();
    await expect.poll(countOf(page.locator('.virtual-row'))).toBeLessThan(60);

    await page.evaluate(() => {
      const main = document.querySelector('main.content')!;
      main.scrollTop = main.scrollHeight;
    });
    await page.getByText('Decision number 0', { exact: true }).waitFor();
    await expect.poll(countOf(page.locator('.virtual-row'))).toBeLessThan(60);
  });
});
