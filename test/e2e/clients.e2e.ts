import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';

async function newClient(page: Page, name: string, organization: string): Promise<void> {
  await page.getByRole('button', { name: 'New client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Organization').fill(organization);
  await page.keyboard.press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });
}

function names(page: Page): Promise<string[]> {
  return page.locator('.clients-name a').allTextContents();
}

describe('clients', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('guides a new user, requires a name, searches, sorts, edits, archives with Undo and restores', async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { name: 'Add your first client' }).waitFor();

    await page.getByRole('button', { name: 'New client' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New client' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('A client needs a name.').waitFor();
    await dialog.getByLabel('Name').fill('Zoe Hart');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await newClient(page, 'Anna Petrova', 'Northwind');
    await newClient(page, 'Boris Ivanov', 'Annex Ltd');
    await expect(names(page)).resolves.toEqual(['Anna Petrova', 'Boris Ivanov', 'Zoe Hart']);

    // Search by name or organization.
    await page.getByLabel('Search clients').fill('ann');
    await expect.poll(() => names(page)).toEqual(['Anna Petrova', 'Boris Ivanov']);
    await page.getByLabel('Search clients').fill('');

    // Sort by last contact: the one just talked to comes first.
    await page.keyboard.press('Control+n');
    const log = page.getByRole('dialog', { name: 'Log conversation' });
    await log.getByRole('combobox', { name: 'Client' }).fill('Zoe');
    await page.keyboard.press('Enter');
    await log.getByRole('radio', { name: 'Complaint' }).check();
    await page.keyboard.press('Control+Enter');
    await log.waitFor({ state: 'detached' });
    await page.getByLabel('Sort by').selectOption({ label: 'Last contact' });
    await expect.poll(() => names(page)).toEqual(['Zoe Hart', 'Anna Petrova', 'Boris Ivanov']);
    const zoeRow = page.getByRole('row').filter({ hasText: 'Zoe Hart' });
    await expect(zoeRow.textContent()).resolves.toContain('Complaint');

    // Edit: mark VIP.
    await page.getByRole('button', { name: 'Edit Anna Petrova' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit client' });
    await edit.getByLabel('VIP').check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect(page.getByRole('row').filter({ hasText: 'Anna Petrova' }).textContent()).resolves.toContain('VIP');

    // Archive with Undo, then archive again and restore from "Show archived".
    await page.getByRole('button', { name: 'Archive Boris Ivanov' }).click();
    await expect.poll(() => names(page)).toEqual(['Zoe Hart', 'Anna Petrova']);
    await page
      .getByRole('status')
      .filter({ hasText: 'Boris Ivanov archived.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect.poll(() => names(page)).toEqual(['Zoe Hart', 'Anna Petrova', 'Boris Ivanov']);
    await page.getByRole('button', { name: 'Archive Boris Ivanov' }).click();
    await expect.poll(() => names(page)).toEqual(['Zoe Hart', 'Anna Petrova']);
    await page.getByLabel('Show archived').check();
    await page.getByRole('button', { name: 'Restore Boris Ivanov' }).click();
    await page.getByLabel('Show archived').uncheck();
    await expect.poll(() => names(page)).toEqual(['Zoe Hart', 'Anna Petrova', 'Boris Ivanov']);
  });

  it('shows a client page with details and logs a conversation prefilled with the client', async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await newClient(page, 'Olga Smirnova', 'MedTech Ural');
    await page.getByRole('link', { name: 'Olga Smirnova' }).click();
    await page.getByRole('heading', { name: 'Olga Smirnova', level: 1 }).waitFor();
    await page.getByText('No conversations with Olga Smirnova yet.').waitFor();

    await page.getByRole('main').getByRole('button', { name: 'Log conversation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log conversation' });
    await expect(dialog.getByRole('combobox', { name: 'Client' }).inputValue()).resolves.toBe('Olga Smirnova');
    // Focus starts in Summary when the client is known.
    await page.keyboard.type('Site visit went well');
    await dialog.getByRole('radio', { name: 'Satisfied' }).check();
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Site visit went well/ }).click();

    // Edit it from the read-only view.
    const detail = page.getByRole('dialog', { name: 'Conversation with Olga Smirnova' });
    await detail.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit conversation' });
    await edit.getByLabel('Summary').fill('Site visit went very well');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Site visit went very well/ }).waitFor();
    await expect(page.getByRole('button', { name: /Site visit/ }).count()).resolves.toBe(1);
  });
});
