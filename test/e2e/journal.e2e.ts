/**
 * The core journey, through the UI as a director would: create a client, log a conversation
 * with the keyboard only, find it in the journal and on the client page, reload, switch to
 * Russian; plus the safety nets (Esc asks first, delete with Undo, a full disk, a crash).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';

const NOW = new Date('2026-11-23T10:30:00Z');

async function createClient(page: Page, name: string, organization: string, vip = false): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('button', { name: 'New client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Organization').fill(organization);
  if (vip) await dialog.getByLabel('VIP').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('link', { name }).waitFor();
}

/** The accessible name of the radio group holding focus, if any. */
function focusedGroup(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const group = document.activeElement?.closest('[role="radiogroup"]');
    const labelId = group?.getAttribute('aria-labelledby');
    return labelId ? (document.getElementById(labelId)?.textContent ?? null) : null;
  });
}

async function logQuickly(page: Page, client: string, outcome: 'Satisfied' | 'Neutral' | 'Complaint', summary: string) {
  await page.getByRole('button', { name: 'Log conversation' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Log conversation' });
  await dialog.getByRole('combobox', { name: 'Client' }).fill(client);
  await dialog
    .getByRole('option', { name: new RegExp(client) })
    .first()
    .click();
  await dialog.getByRole('radio', { name: outcome }).check();
  await dialog.getByLabel('Summary').fill(summary);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('conversation journal', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('creates a client, logs a conversation with the keyboard only, and keeps it across a reload', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await createClient(page, 'Irina Volkova', 'Baltic Freight', true);

    // Keyboard only from here: Ctrl+N, type the client, pick it, tab to the outcome, 1/2/3, Ctrl+Enter.
    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'Log conversation' });
    await dialog.waitFor();
    // The dialog puts focus in Client itself; wait for it rather than racing the keystrokes.
    await dialog.getByRole('combobox', { name: 'Client' }).and(page.locator(':focus')).waitFor();
    await page.keyboard.type('volk');
    await dialog.getByRole('option', { name: /Irina Volkova/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('combobox', { name: 'Client' }).inputValue()).resolves.toBe('Irina Volkova');
    for (let i = 0; i < 20 && (await focusedGroup(page)) !== 'Outcome'; i++) await page.keyboard.press('Tab');
    expect(await focusedGroup(page)).toBe('Outcome');
    await page.keyboard.press('3');
    await expect(dialog.getByRole('radio', { name: 'Complaint' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('1');
    await expect(dialog.getByRole('radio', { name: 'Satisfied' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Renewal for 2027 agreed');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wants quarterly invoices.');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Conversation with Irina Volkova saved.' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    const row = page.getByTestId('journal-row').filter({ hasText: 'Renewal for 2027 agreed' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Irina Volkova');
    await expect(row.textContent()).resolves.toContain('Satisfied');
    await expect(row.textContent()).resolves.toContain('VIP');
    await expect(page.getByRole('heading', { name: /Today · Monday, 23 November 2026/ }).count()).resolves.toBe(1);

    await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: 'Irina Volkova' }).click();
    await page.getByRole('heading', { name: 'Irina Volkova', level: 1 }).waitFor();
    await page.getByRole('button', { name: /Renewal for 2027 agreed/ }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: /Renewal for 2027 agreed/ }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.getByTestId('journal-row').filter({ hasText: 'Renewal for 2027 agreed' }).waitFor();
  });

  it('switches to Russian in Settings', async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption({ label: 'Русский' });
    await page.getByRole('navigation').getByRole('link', { name: 'Журнал' }).click();
    await page.getByRole('heading', { name: 'Запишите первый разговор' }).waitFor();
    await page.getByRole('button', { name: 'Записать разговор' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Записать разговор' });
    await dialog.getByRole('radiogroup', { name: 'Итог' }).waitFor();
    await expect(dialog.getByRole('radio', { name: 'Жалоба' }).count()).resolves.toBe(1);
    // The choice is remembered.
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Клиенты' }).waitFor();
  });

  it('asks before discarding typed text on Esc', async () => {
    app = await launchApp();
    const { page } = app;
    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'Log conversation' });
    await dialog.waitFor();
    // Wait until the dialog has taken focus (Client), as a person would see the caret.
    await dialog.getByRole('combobox', { name: 'Client' }).and(page.locator(':focus')).waitFor();
    // Nothing typed: Esc just closes.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+n');
    await dialog.getByLabel('Summary').fill('Half-written thought');
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Keep editing' }).waitFor();
    await page.keyboard.press('Escape');
    await expect(dialog.getByLabel('Summary').inputValue()).resolves.toBe('Half-written thought');
    await expect(dialog.getByRole('button', { name: 'Discard' }).count()).resolves.toBe(0);

    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+n');
    await expect(dialog.getByLabel('Summary').inputValue()).resolves.toBe('');
  });

  it('restores an unsaved new conversation after a reload', async () => {
    app = await launchApp();
    const { page } = app;
    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'Log conversation' });
    await dialog.getByRole('combobox', { name: 'Client' }).fill('Pavel Orlov');
    await dialog.getByRole('option', { name: 'Create “Pavel Orlov”' }).click();
    await dialog.getByRole('radio', { name: 'Neutral' }).check();
    await dialog.getByLabel('Notes').fill('Every word of this must survive a crash.');
    await page.reload();
    await page.waitForSelector('.app');
    await page.keyboard.press('Control+n');
    await dialog.getByText(/Restored what you were typing/).waitFor();
    await expect(dialog.getByLabel('Notes').inputValue()).resolves.toBe('Every word of this must survive a crash.');
    await expect(dialog.getByRole('radio', { name: 'Neutral' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    // The new client was created with the conversation, and the draft is gone.
    await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: 'Pavel Orlov' }).waitFor();
    await page.keyboard.press('Control+n');
    await expect(dialog.getByLabel('Notes').inputValue()).resolves.toBe('');
    await expect(dialog.getByText(/Restored what you were typing/).count()).resolves.toBe(0);
  });

  it('deletes a conversation with Undo', async () => {
    app = await launchApp();
    const { page } = app;
    await createClient(page, 'Oleg Sidorov', 'Sidorov & Sons');
    await logQuickly(page, 'Oleg', 'Neutral', 'Price list questions');
    await logQuickly(page, 'Oleg', 'Satisfied', 'Thanks for the fast fix');
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    const rows = page.getByTestId('journal-row');
    await rows.filter({ hasText: 'Price list questions' }).click();
    const detail = page.getByRole('dialog', { name: 'Conversation with Oleg Sidorov' });
    await detail.getByRole('button', { name: 'Delete' }).click();
    await rows.filter({ hasText: 'Price list questions' }).waitFor({ state: 'detached' });
    await expect(rows.count()).resolves.toBe(1);
    await page
      .getByRole('status')
      .filter({ hasText: 'Conversation deleted.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await rows.filter({ hasText: 'Price list questions' }).waitFor();
    await expect(rows.count()).resolves.toBe(2);

    // The Delete key on a focused row does the same.
    await rows.filter({ hasText: 'Thanks for the fast fix' }).focus();
    await page.keyboard.press('Delete');
    await rows.filter({ hasText: 'Thanks for the fast fix' }).waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: 'Conversation deleted.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await rows.filter({ hasText: 'Thanks for the fast fix' }).waitFor();
  });

  it('keeps everything typed when the disk is full, and saves once there is space', async () => {
    app = await launchApp();
    const { page } = app;
    // Every IndexedDB write fails like a full disk while the flag is set.
    await page.addInitScript(() => {
      const flagged = window as unknown as { __diskFull?: boolean };
      for (const method of ['add', 'put'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (flagged.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        } as (typeof IDBObjectStore.prototype)[typeof method];
      }
    });
    await page.reload();
    await page.waitForSelector('.app');
    await createClient(page, 'Maria Lebedeva', 'Northwind');
    await page.evaluate(() => {
      (window as unknown as { __diskFull?: boolean }).__diskFull = true;
    });

    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'Log conversation' });
    await dialog.getByRole('combobox', { name: 'Client' }).fill('Maria');
    await page.keyboard.press('Enter');
    await dialog.getByRole('radio', { name: 'Complaint' }).check();
    await dialog.getByLabel('Summary').fill('Invoice sent twice');
    await dialog.getByLabel('Notes').fill('She was calm but firm; wants a credit note by Friday.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Your disk is full' }).waitFor();
    await expect(dialog.getByLabel('Summary').inputValue()).resolves.toBe('Invoice sent twice');
    await expect(dialog.getByLabel('Notes').inputValue()).resolves.toBe(
      'She was calm but firm; wants a credit note by Friday.',
    );
    await expect(dialog.getByRole('radio', { name: 'Complaint' }).isChecked()).resolves.toBe(true);

    await page.evaluate(() => {
      (window as unknown as { __diskFull?: boolean }).__diskFull = false;
    });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Complaint follow-up' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.getByTestId('journal-row').filter({ hasText: 'Invoice sent twice' }).waitFor();
  });
});
