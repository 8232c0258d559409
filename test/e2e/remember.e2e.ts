/**
 * "Remember the client" through the UI: keep-in-touch cadences (Settings → Keep in touch, the
 * client dialog, the client page) and the dashboard region "Due to talk".
 */
import { afterEach, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import {
  createClient,
  expectAbsent,
  expectText,
  expectTextContaining,
  expectTexts,
  expectValue,
  fillConversation,
  logConversation,
  logDialog,
  openDialog,
  openPage,
} from './journeys';

// Monday 23 November 2026, mid-morning (the browser runs in UTC).
const NOW = new Date('2026-11-23T10:30:00Z');

const dueToTalk = (page: Page) => page.getByRole('region', { name: 'Due to talk' });
const dueNames = (page: Page) => dueToTalk(page).getByTestId('due-to-talk-item').locator('.remember-name');

describe('keep in touch: Due to talk', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('lists a VIP past the VIP cadence, most overdue first, and drops them once a conversation is logged', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;

    // Settings → Keep in touch: VIPs every 14 days.
    await openPage(page, 'Settings');
    const settings = page.getByRole('region', { name: 'Keep in touch' });
    const vipDays = settings.getByLabel('VIP cadence in days');
    await vipDays.fill('0');
    await settings.getByText('Enter a whole number of days from 1 to 365.').waitFor();
    await vipDays.fill('14');

    await createClient(page, { name: 'Boris Ivanov', organization: 'Nord Steel', vip: true });
    await createClient(page, { name: 'Anna Petrova', organization: 'Volga Logistics' });
    await createClient(page, { name: 'Vera Sokolova', organization: 'Ural Paper' });
    // Backdated: 22 days ago with Boris and Vera, 20 days ago with Anna.
    await logConversation(page, { client: 'Boris Ivanov', outcome: 'Satisfied', when: '2026-11-01T12:00' });
    await logConversation(page, { client: 'Vera Sokolova', outcome: 'Satisfied', when: '2026-11-01T12:00' });
    await logConversation(page, { client: 'Anna Petrova', outcome: 'Neutral', when: '2026-11-03T12:00' });

    // The VIP is 8 days past 14 days; the others have no cadence.
    await openPage(page, 'Dashboard');
    await expectTexts(dueNames(page), ['Boris Ivanov']);
    const boris = dueToTalk(page).getByTestId('due-to-talk-item').first();
    await expectTextContaining(boris, 'VIP', '8 days overdue', 'every 14 days');

    // Anna's own cadence, set in her dialog: every 7 days, 13 days overdue, comes first.
    await openPage(page, 'Clients');
    await page.getByRole('main').getByRole('link', { name: 'Anna Petrova', exact: true }).click();
    await page.getByRole('heading', { name: 'Anna Petrova', level: 1 }).waitFor();
    await expectText(page.getByTestId('client-cadence'), 'No cadence');
    const dialog = await openDialog(page, page.getByRole('button', { name: 'Edit' }).first(), 'Edit client');
    await dialog.getByLabel('Cadence', { exact: true }).selectOption({ label: 'Every … days' });
    await dialog.getByLabel('Cadence in days').fill('7');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('client-cadence'), 'Every 7 days · set for this client');
    await expectTextContaining(page.getByTestId('client-next-due'), 'due since', '13 days overdue');

    await openPage(page, 'Dashboard');
    await expectTexts(dueNames(page), ['Anna Petrova', 'Boris Ivanov']);

    // One click opens "Log conversation" with Boris; once saved he leaves the region.
    await dueToTalk(page).getByRole('button', { name: 'Log conversation with Boris Ivanov' }).click();
    const log = logDialog(page);
    await expectValue(log.getByRole('combobox', { name: 'Client' }), 'Boris Ivanov');
    await fillConversation(log, { outcome: 'Satisfied', summary: 'Checked in' });
    await log.getByRole('button', { name: 'Save', exact: true }).click();
    await log.waitFor({ state: 'detached' });
    await expectTexts(dueNames(page), ['Anna Petrova']);
    await expectAbsent(dueToTalk(page).getByText('Boris Ivanov'), { after: dueNames(page) });

    // On his page: the VIP default and the next due date, 14 days from today.
    await openPage(page, 'Clients');
    await page.getByRole('main').getByRole('link', { name: 'Boris Ivanov', exact: true }).click();
    await expectText(page.getByTestId('client-cadence'), 'Every 14 days · VIP default');
    await expectText(page.getByTestId('client-next-due'), '7 Dec 2026');
  });

  it('lists problem clients too, marked, and applies a tag default to clients with that tag', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await openPage(page, 'Settings');
    const settings = page.getByRole('region', { name: 'Keep in touch' });
    await settings.getByRole('button', { name: 'Add tag cadence' }).click();
    await settings.getByLabel('Tag', { exact: true }).fill('key account');
    await settings.getByLabel('Cadence in days for tag key account').fill('10');

    await createClient(page, { name: 'Oleg Romanov', organization: 'Neftservice' });
    await page.getByRole('main').getByRole('link', { name: 'Oleg Romanov', exact: true }).click();
    const dialog = await openDialog(page, page.getByRole('button', { name: 'Edit' }).first(), 'Edit client');
    await dialog.getByLabel('Tags').fill('Key account');
    await dialog.getByRole('checkbox', { name: /^Problem/ }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('client-cadence'), 'Every 10 days · default for tag “key account”');

    await logConversation(page, { client: 'Oleg Romanov', outcome: 'Complaint', when: '2026-11-10T12:00' });
    await openPage(page, 'Dashboard');
    await expectTexts(dueNames(page), ['Oleg Romanov']);
    await expectTextContaining(dueToTalk(page).getByTestId('due-to-talk-item'), 'Problem', '3 days overdue');
    // Unlike the call list, which never suggests a problem client.
    await expectAbsent(page.getByRole('region', { name: 'Call list' }).getByText('Oleg Romanov'), {
      after: page.getByRole('region', { name: 'Call list' }),
    });
  });
});
