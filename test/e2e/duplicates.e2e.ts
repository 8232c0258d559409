/**
 * No duplicate clients by accident: the picker offers "Create" only for a name no client has,
 * and creating a client whose name one already has (any case, spaces trimmed) asks first.
 */
import { afterEach, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import {
  createClient,
  expectAbsent,
  expectCount,
  expectTextContaining,
  expectValue,
  logDialog,
  openDialog,
  openLogDialog,
  openPage,
  reload,
  waitForFocus,
} from './journeys';

const clientLinks = (page: Page, name: string) => page.getByRole('main').getByRole('link', { name, exact: true });

async function newClientDialog(page: Page, name: string) {
  await openPage(page, 'Clients');
  const dialog = await openDialog(page, page.getByRole('button', { name: 'New client' }).first(), 'New client');
  const field = dialog.getByLabel('Name', { exact: true });
  await waitForFocus(field);
  await field.fill(name);
  return dialog;
}

describe('duplicate clients', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('the picker offers the existing client, not "Create", for its name in any case', async () => {
    app = await launchApp();
    const { page } = app;
    await createClient(page, { name: 'Anna Petrova', organization: 'Northwind' });
    const dialog = await openLogDialog(page);
    const combobox = dialog.getByRole('combobox', { name: 'Client' });
    await combobox.fill('  anna petrova ');
    const existing = dialog.getByRole('option', { name: /^Anna Petrova/ });
    await existing.waitFor();
    await expectAbsent(dialog.getByRole('option', { name: /^Create/ }), { after: existing });
    // A name no client has is offered for creation.
    await combobox.fill('Anna Petrovna');
    await dialog.getByRole('option', { name: 'Create “Anna Petrovna”', exact: true }).waitFor();
  });

  it('New client with an existing name asks: open the existing one, or create anyway', async () => {
    app = await launchApp();
    const { page } = app;
    await createClient(page, { name: 'Anna Petrova', organization: 'Northwind' });

    // Open the existing one: no second client, her page opens.
    let dialog = await newClientDialog(page, ' anna PETROVA ');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const question = dialog.getByRole('alert');
    await expectTextContaining(question, 'There is already a client named “Anna Petrova” (Northwind).');
    await waitForFocus(dialog.getByRole('button', { name: 'Open “Anna Petrova”' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Anna Petrova' }).first().waitFor();
    await openPage(page, 'Clients');
    await expectCount(clientLinks(page, 'Anna Petrova'), 1);

    // Back returns to the form with the name kept; Create anyway makes the second one.
    dialog = await newClientDialog(page, 'Anna Petrova');
    await page.keyboard.press('Control+Enter');
    await dialog.getByRole('button', { name: 'Back' }).click();
    await expectValue(dialog.getByLabel('Name', { exact: true }), 'Anna Petrova');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('button', { name: 'Create anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectCount(clientLinks(page, 'Anna Petrova'), 2);
  });

  it('saving a conversation for a new client whose name now exists asks first', async () => {
    app = await launchApp();
    const { page } = app;
    // A draft typed before the client existed: it chose "Create “anna petrova”".
    const draft = {
      form: {
        clientQuery: 'anna petrova',
        client: { kind: 'new', name: 'anna petrova' },
        when: '2026-11-20T09:15',
        channel: 'call',
        direction: 'inbound',
        outcome: 'satisfied',
        summary: 'Renewal agreed',
        notes: '',
        private: false,
        feedback: { whyStay: '', likes: '', dislikes: '', incognito: false, criteria: {} },
        decisions: [],
      },
      savedAt: '2026-11-20T09:16:00.000Z',
    };
    await createClient(page, { name: 'Anna Petrova' });
    await page.evaluate((value) => localStorage.setItem('rapport.conversationDraft', value), JSON.stringify(draft));
    await reload(page);
    await page.keyboard.press('Control+n');
    const dialog = logDialog(page);
    await dialog.getByText(/Restored what you were typing/).waitFor();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expectTextContaining(dialog.getByRole('alert'), 'There is already a client named “Anna Petrova”.');
    await dialog.getByRole('button', { name: 'Use “Anna Petrova”' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Conversation with Anna Petrova saved.').waitFor();
    await openPage(page, 'Clients');
    await expectCount(clientLinks(page, 'Anna Petrova'), 1);
  });
});
