/**
 * Accessibility: axe-core finds no serious or critical WCAG 2.x A/AA violation on any page or
 * main dialog, in light and dark, in English and Russian, with a realistic journal. One browser
 * per language; both themes are checked in it (the app follows the OS scheme until one is
 * chosen). Each check waits for the content it looks at first, then runs axe once.
 *
 * `SCREENSHOTS=1` also saves every checked screen to /tmp/rapport-a11y/ at 1024×700 for a look.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { chooseFile, expectCount, reload, waitForFocus } from './journeys';
import { seedJournal } from './dashboardSeed';
import { axeViolations, describeViolation, type AxeViolation } from './axe';
import { generateSampleJournal } from '../../shared/sample/generate';
import { resources } from '../../shared/i18n/resources';
import type { Language } from '../../shared/domain/settings';

const NOW = new Date('2026-11-23T10:00:00Z');
const SHOTS = process.env.SCREENSHOTS === '1' ? '/tmp/rapport-a11y' : null;
const IMPORT_CSV = path.resolve('test/fixtures/import-clients-1251.csv');
const BACKUP = path.resolve('test/fixtures/db-v1.json');

type Scheme = 'light' | 'dark';

/** The screens to check, each opened and waited for by construction. */
function screens(
  page: Page,
  language: Language,
  searchFor: string,
  /** Checks the screen as it is now, for a dialog that passes through more than one state. */
  check: (name: string) => Promise<void>,
) {
  const tr = resources[language];
  const main = page.locator('main');
  const dialog = page.locator('dialog[open]');

  const openPage = async (route: string) => {
    const link = page.getByRole('navigation').locator(`a[href="#/${route}"]`);
    await link.click();
    await link.and(page.locator('[aria-current="page"]')).waitFor();
  };
  /** Nothing on the page is still loading. */
  const settled = async () => {
    await expectCount(page.locator('[aria-busy="true"], .text-skeleton'), 0);
  };
  const openDialog = async (trigger: ReturnType<Page['locator']>) => {
    await trigger.click();
    await dialog.waitFor();
  };
  const closeDialog = async () => {
    await page.keyboard.press('Escape');
    await expectCount(dialog, 0);
  };

  const pages: { name: string; open: () => Promise<void> }[] = [
    {
      name: 'dashboard',
      open: async () => {
        await openPage('dashboard');
        await main.locator('.chart-box .recharts-surface').nth(2).waitFor();
        await settled();
      },
    },
    {
      name: 'journal',
      open: async () => {
        await openPage('journal');
        await main.getByTestId('journal-row').first().waitFor();
        await settled();
      },
    },
    {
      name: 'clients',
      open: async () => {
        await openPage('clients');
        await main.locator('.clients-row:not(.clients-head)').first().waitFor();
        await settled();
      },
    },
    {
      name: 'client',
      open: async () => {
        await openPage('clients');
        await main.locator('.clients-name a').first().click();
        await main.locator('.client-page').waitFor();
        await settled();
      },
    },
    {
      name: 'disputes',
      open: async () => {
        await openPage('disputes');
        await main.locator('.dispute-row:not(.dispute-row-head)').first().waitFor();
        await settled();
      },
    },
    {
      name: 'dispute',
      open: async () => {
        await openPage('disputes');
        await main.locator('.dispute-row:not(.dispute-row-head) a').first().click();
        await main.locator('.dispute-page').waitFor();
        await settled();
      },
    },
    {
      name: 'decisions',
      open: async () => {
        await openPage('decisions');
        await main.locator('.decision-row:not(.decision-row-head)').first().waitFor();
        await settled();
      },
    },
    {
      name: 'summary',
      open: async () => {
        await openPage('summary');
        await main.getByTestId('summary-preview').waitFor();
        await settled();
      },
    },
    {
      name: 'meeting agenda',
      open: async () => {
        await openPage('summary');
        await main.locator('a[href="#/agenda"]').click();
        await main.locator('.agenda-page iframe').waitFor();
        await settled();
      },
    },
    {
      name: 'settings',
      open: async () => {
        await openPage('settings');
        await main.locator('.sample-settings').waitFor();
        await settled();
      },
    },
  ];

  const dialogs: { name: string; open: () => Promise<void>; close?: () => Promise<void> }[] = [
    {
      name: 'log conversation',
      open: async () => {
        await page.keyboard.press('Control+n');
        await dialog.waitFor();
        await waitForFocus(dialog.getByRole('combobox'));
      },
    },
    {
      name: 'log conversation: the discard question',
      open: async () => {
        await page.keyboard.press('Control+n');
        await dialog.waitFor();
        await waitForFocus(dialog.getByRole('combobox'));
        await dialog.getByRole('radio', { name: tr.common.outcome.complaint, exact: true }).check();
        await dialog.getByLabel(tr.conversation.fields.summary, { exact: true }).fill('Late delivery');
        const feedback = dialog.locator('.feedback-toggle');
        await feedback.click();
        await feedback.and(page.locator('[aria-expanded="true"]')).waitFor();
        await check('log conversation: complaint with feedback');
        await page.keyboard.press('Escape');
        await dialog.locator('.discard-confirm').waitFor();
      },
      close: async () => {
        await dialog.getByRole('button', { name: tr.common.actions.discard, exact: true }).click();
        await expectCount(dialog, 0);
      },
    },
    {
      name: 'conversation',
      open: async () => {
        await openPage('journal');
        await openDialog(main.getByTestId('journal-row').first());
        await dialog.locator('.dialog-body > *').first().waitFor();
        await settled();
      },
    },
    {
      name: 'new client',
      open: async () => {
        await openPage('clients');
        await openDialog(main.getByRole('button', { name: tr.clients.newClient, exact: true }).first());
        await waitForFocus(dialog.locator('input').first());
      },
    },
    {
      name: 'import clients',
      open: async () => {
        await openPage('clients');
        await openDialog(main.getByRole('button', { name: tr.backup.import.button, exact: true }));
        await chooseFile(page, dialog.locator('.import-file-row button'), IMPORT_CSV);
        await dialog.getByTestId('import-preview').waitFor();
      },
    },
    {
      name: 'open dispute',
      open: async () => {
        await openPage('disputes');
        await openDialog(main.getByRole('button', { name: tr.disputes.openDispute, exact: true }).first());
      },
    },
    {
      name: 'restore backup',
      open: async () => {
        await openPage('settings');
        await chooseFile(page, main.getByRole('button', { name: tr.backup.section.restore, exact: true }), BACKUP);
        await dialog.waitFor();
      },
    },
    {
      name: 'search',
      open: async () => {
        const box = page.getByRole('combobox', { name: tr.search.box.label });
        await box.fill(searchFor);
        await page.locator('.search-popup [role="option"]').first().waitFor();
      },
      close: async () => {
        await page.getByRole('combobox', { name: tr.search.box.label }).fill('');
        await expectCount(page.locator('.search-popup'), 0);
      },
    },
  ];
  return { pages, dialogs, closeDialog };
}

async function checkEverything(
  page: Page,
  language: Language,
  scheme: Scheme,
  searchFor: string,
): Promise<AxeViolation[]> {
  const found: AxeViolation[] = [];
  const check = async (name: string) => {
    const where = `${language} ${scheme} ${name}`;
    // The pointer rests where the last click left it; park it in a corner so no hover state varies between runs.
    await page.mouse.move(1, 699);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${where.replaceAll(/[ :,]+/g, '-')}.png` });
    found.push(...(await axeViolations(page, where)));
  };
  const { pages, dialogs, closeDialog } = screens(page, language, searchFor, check);
  for (const screen of pages) {
    await screen.open();
    await check(screen.name);
  }
  for (const screen of dialogs) {
    await screen.open();
    await check(screen.name);
    await (screen.close ?? closeDialog)();
  }
  return found;
}

describe('accessibility (axe-core: no serious or critical violation)', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  if (SHOTS) mkdirSync(SHOTS, { recursive: true });

  for (const { locale, language } of [
    { locale: 'en-GB', language: 'en' },
    { locale: 'ru-RU', language: 'ru' },
  ] as const) {
    it(`every page and dialog, light and dark (${language})`, { timeout: 240_000 }, async () => {
      app = await launchApp({ locale, now: NOW, colorScheme: 'light', viewport: { width: 1024, height: 700 } });
      const { page } = app;
      await page.locator('.empty-state').waitFor();
      const journal = generateSampleJournal({ seed: 7, clients: 40, years: 1, now: NOW, utcOffsetMinutes: 0 });
      await seedJournal(page, journal);
      const searchFor = journal.clients[0]!.name.split(' ')[0]!;
      await reload(page);
      await page.getByTestId('stat-ratio').waitFor();

      const found: AxeViolation[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
        found.push(...(await checkEverything(page, language, scheme, searchFor)));
      }
      expect(found.map(describeViolation).join('\n')).toBe('');
    });
  }
});
