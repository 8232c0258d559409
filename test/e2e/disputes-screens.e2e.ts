/**
 * The disputes page, a dispute with a plan and the decision register in both themes, both
 * languages and both window sizes: nothing may spill sideways. Screenshots go to /tmp/disputes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { goToRoute, reload } from './journeys';
import { seedJournal } from './dashboardSeed';
import { generateSampleJournal } from '../../shared/sample/generate';

const NOW = new Date('2026-11-23T12:00:00.000Z');

describe('disputes and decisions screens', () => {
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
    it(`lays out without sideways overflow (${name})`, async () => {
      app = await launchApp({ locale: c.locale, colorScheme: c.colorScheme, viewport: c.viewport, now: NOW });
      const { page } = app;
      const journal = generateSampleJournal({ seed: 7, clients: 60, years: 1, now: NOW, utcOffsetMinutes: 0 });
      await seedJournal(page, journal);
      await reload(page);
      // The nudge banner (another feature, tested there) would cover the lower left of every screenshot.
      await page.addStyleTag({ content: '[data-testid="nudge-banner"] { display: none !important; }' });
      const overflow = () =>
        page.evaluate(() => {
          const main = document.querySelector('main.content')!;
          return main.scrollWidth - main.clientWidth;
        });

      await goToRoute(page, '/disputes');
      await page.getByTestId('dispute-row').first().waitFor();
      await page.screenshot({ path: `/tmp/disputes/list-${name}.png` });
      await expect.poll(overflow).toBeLessThanOrEqual(0);

      const withPlan =
        journal.disputes.find((d) => d.plan.length >= 2 && d.status !== 'resolved') ?? journal.disputes[0]!;
      await goToRoute(page, `/disputes/${withPlan.id}`);
      await page.getByTestId('plan-step').first().waitFor();
      await page.screenshot({ path: `/tmp/disputes/dispute-${name}.png` });
      await expect.poll(overflow).toBeLessThanOrEqual(0);
      await page.getByTestId('plan-step').last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/disputes/plan-${name}.png` });

      await goToRoute(page, `/clients/${withPlan.clientId}`);
      await page.getByTestId('dispute-row').first().waitFor();
      await page.getByTestId('promise-keeping').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/disputes/client-${name}.png` });
      await expect.poll(overflow).toBeLessThanOrEqual(0);

      await goToRoute(page, '/disputes');
      await page
        .getByRole('button', { name: /^(Open dispute|Открыть спор)$/ })
        .first()
        .click();
      await page.getByRole('dialog').last().waitFor();
      await page.screenshot({ path: `/tmp/disputes/new-${name}.png` });
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      const withDecision = journal.decisions.find((d) => d.conversationId !== null);
      if (withDecision?.conversationId) {
        await goToRoute(page, '/decisions');
        const row = page.getByTestId('decision-row').filter({ hasText: withDecision.decision }).first();
        await row.waitFor();
        await page.screenshot({ path: `/tmp/disputes/before-drafts-${name}.png` });
        await row.locator('.decision-row-source button').click();
        const draft = page.getByTestId('decision-draft').first();
        await draft.waitFor();
        await draft.getByRole('button', { expanded: false }).first().click();
        await draft.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `/tmp/disputes/drafts-${name}.png` });
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }

      await goToRoute(page, '/decisions');
      await page.getByTestId('decision-row').first().waitFor();
      await page.screenshot({ path: `/tmp/disputes/decisions-${name}.png` });
      await expect.poll(overflow).toBeLessThanOrEqual(0);
    });
  }
});
