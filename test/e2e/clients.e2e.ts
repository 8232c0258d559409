import { afterEach, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import {
  expectCount,
  expectTextContaining,
  expectTexts,
  expectValue,
  logConversation,
  openDialog,
  openPage,
  waitForFocus,
} from './journeys';

/** New client from the Clients page, saved with Ctrl+Enter. */
async function newClient(page: Page, name: string, organization: string): Promise<void> {
  const dialog = await openDialog(page, page.getByRole('button', { name: 'New client' }).first(), 'New client');
  await waitForFocus(dialog.getByLabel('Name', { exact: true }));
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Organization').fill(organization);
  await page.keyboard.press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });
}

const names = (page: Page) => page.locator('.clients-name a');

describe('clients', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('guides a new user, requires a name, searches, sorts, edits, archives with Undo and restores', async () => {
    app = await launchApp();
    const { page } = app;
    await openPage(page, 'Clients');
    await page.getByRole('heading', { name: 'Add your first client' }).waitFor();

    const dialog = await openDialog(page, page.getByRole('button', { name: 'New client' }).first(), 'New client');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('A client needs a name.').waitFor();
    await dialog.getByLabel('Name', { exact: true }).fill('Zoe Hart');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await newClient(page, 'Anna Petrova', 'Northwind');
    await newClient(page, 'Boris Ivanov', 'Annex Ltd');
    await expectTexts(names(page), ['Anna Petrova', 'Boris Ivanov', 'Zoe Hart']);

    // Search by name or organization.
    await page.getByLabel('Search clients').fill('ann');
    await expectTexts(names(page), ['Anna Petrova', 'Boris Ivanov']);
    await page.getByLabel('Search clients').fill('');
    await expectTexts(names(page), ['Anna Petrova', 'Boris Ivanov', 'Zoe Hart']);

    // Sort by last contact: the one just talked to comes first.
    await logConversation(page, { client: 'Zoe', pick: 'Zoe Hart', outcome: 'Complaint' });
    await page.getByLabel('Sort by').selectOption({ label: 'Last contact' });
    await expectTexts(names(page), ['Zoe Hart', 'Anna Petrova', 'Boris Ivanov']);
    await expectTextContaining(page.getByRole('row').filter({ hasText: 'Zoe Hart' }), 'Complaint');

    // Edit: mark VIP.
    const edit = await openDialog(page, page.getByRole('button', { name: 'Edit Anna Petrova' }), 'Edit client');
    await edit.getByLabel('VIP').check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await expectTextContaining(page.getByRole('row').filter({ hasText: 'Anna Petrova' }), 'VIP');

    // Archive with Undo, then archive again and restore from "Show archived".
    await page.getByRole('button', { name: 'Archive Boris Ivanov' }).click();
    await expectTexts(names(page), ['Zoe Hart', 'Anna Petrova']);
    await page
      .getByRole('status')
      .filter({ hasText: 'Boris Ivanov archived.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expectTexts(names(page), ['Zoe Hart', 'Anna Petrova', 'Boris Ivanov']);
    await page.getByRole('button', { name: 'Archive Boris Ivanov' }).click();
    await expectTexts(names(page), ['Zoe Hart', 'Anna Petrova']);
    await page.getByLabel('Show archived').check();
    await page.getByRole('button', { name: 'Restore Boris Ivanov' }).click();
    await page.getByRole('status').filter({ hasText: 'Boris Ivanov restored.' }).waitFor();
    await page.getByLabel('Show archived').uncheck();
    await expectTexts(names(page), ['Zoe Hart', 'Anna Petrova', 'Boris Ivanov']);
  });

  it('shows a client page with details and logs a conversation prefilled with the client', async () => {
    app = await launchApp();
    const { page } = app;
    await openPage(page, 'Clients');
    await newClient(page, 'Olga Smirnova', 'MedTech Ural');
    await page.getByRole('link', { name: 'Olga Smirnova' }).click();
    await page.getByRole('heading', { name: 'Olga Smirnova', level: 1 }).waitFor();
    await page.getByText('No conversations with Olga Smirnova yet.').waitFor();

    const dialog = await openDialog(
      page,
      page.getByRole('main').getByRole('button', { name: 'Log conversation' }),
      'Log conversation',
    );
    await expectValue(dialog.getByRole('combobox', { name: 'Client' }), 'Olga Smirnova');
    // Focus starts in Summary when the client is known.
    await waitForFocus(dialog.getByLabel('Summary'));
    await page.keyboard.type('Site visit went well');
    await dialog.getByRole('radio', { name: 'Satisfied' }).check();
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Site visit went well/ }).click();

    // Edit it from the read-only view.
    const detail = page.getByRole('dialog', { name: 'Conversation with Olga Smirnova' });
    const edit = await openDialog(page, detail.getByRole('button', { name: 'Edit' }), 'Edit conversation');
    await edit.getByLabel('Summary').fill('Site visit went very well');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Site visit went very well/ }).waitFor();
    await expectCount(page.getByRole('button', { name: /Site visit/ }), 1);
  });
});
