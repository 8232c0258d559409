/**
 * The core journey, through the UI as a director would: create a client, log a conversation
 * with the keyboard only, find it in the journal and on the client page, reload, switch to
 * Russian; plus the safety nets (Esc asks first, delete with Undo, a full disk, a crash).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import {
  createClient,
  expectAbsent,
  expectChecked,
  expectCount,
  expectTextContaining,
  expectValue,
  fillConversation,
  logConversation,
  openLogDialog,
  openPage,
  pickClient,
  reload,
  waitForFocus,
} from './journeys';

const NOW = new Date('2026-11-23T10:30:00Z');

/** The accessible name of the radio group holding focus, if any. */
function focusedGroup(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const group = document.activeElement?.closest('[role="radiogroup"]');
    const labelId = group?.getAttribute('aria-labelledby');
    return labelId ? (document.getElementById(labelId)?.textContent ?? null) : null;
  });
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
    await createClient(page, { name: 'Irina Volkova', organization: 'Baltic Freight', vip: true });

    // Keyboard only from here: Ctrl+N, type the client, pick it, 1/2/3, the summary, Ctrl+Enter.
    // The dialog puts focus in Client itself: openLogDialog waits for it rather than racing the keys.
    const dialog = await openLogDialog(page);
    await page.keyboard.type('volk');
    // Enter picks the active option: wait until it is Irina's.
    await dialog.getByRole('option', { name: /Irina Volkova/, selected: true }).waitFor();
    await page.keyboard.press('Enter');
    await expectValue(dialog.getByRole('combobox', { name: 'Client' }), 'Irina Volkova');
    // Picking the client moves the focus to Outcome; picking an outcome moves it to Summary.
    await expect.poll(() => focusedGroup(page)).toBe('Outcome');
    await page.keyboard.press('3');
    await expectChecked(dialog.getByRole('radio', { name: 'Complaint' }));
    await waitForFocus(dialog.getByLabel('Summary'));
    // Changing one's mind: Shift+Tab goes back to Outcome.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedGroup(page)).toBe('Outcome');
    await page.keyboard.press('1');
    await expectChecked(dialog.getByRole('radio', { name: 'Satisfied' }));
    await waitForFocus(dialog.getByLabel('Summary'));
    await page.keyboard.type('Renewal for 2027 agreed');
    await page.keyboard.press('Tab');
    await waitForFocus(dialog.getByLabel('Notes'));
    await page.keyboard.type('Wants quarterly invoices.');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Conversation with Irina Volkova saved.' }).waitFor();

    await openPage(page, 'Journal');
    const row = page.getByTestId('journal-row').filter({ hasText: 'Renewal for 2027 agreed' });
    await expectTextContaining(row, 'Irina Volkova', 'Satisfied', 'VIP');
    await expectCount(page.getByRole('heading', { name: /Today · Monday, 23 November 2026/ }), 1);

    await openPage(page, 'Clients');
    await page.getByRole('link', { name: 'Irina Volkova' }).click();
    await page.getByRole('heading', { name: 'Irina Volkova', level: 1 }).waitFor();
    await page.getByRole('button', { name: /Renewal for 2027 agreed/ }).waitFor();

    await reload(page);
    await page.getByRole('button', { name: /Renewal for 2027 agreed/ }).waitFor();
    await openPage(page, 'Journal');
    await page.getByTestId('journal-row').filter({ hasText: 'Renewal for 2027 agreed' }).waitFor();
  });

  it('switches to Russian in Settings', async () => {
    app = await launchApp();
    const { page } = app;
    await openPage(page, 'Settings');
    await page.getByLabel('Language').selectOption({ label: 'Русский' });
    await openPage(page, 'Журнал');
    await page.getByRole('heading', { name: 'Запишите первый разговор' }).waitFor();
    await page.getByRole('button', { name: 'Записать разговор' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Записать разговор' });
    await dialog.getByRole('radiogroup', { name: 'Итог' }).waitFor();
    await expectCount(dialog.getByRole('radio', { name: 'Жалоба' }), 1);
    // The choice is remembered.
    await reload(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Клиенты' }).waitFor();
  });

  it('asks before discarding typed text on Esc', async () => {
    app = await launchApp();
    const { page } = app;
    // openLogDialog waits until the dialog has taken focus (Client), as a person would see the caret.
    const dialog = await openLogDialog(page);
    // Nothing typed: Esc just closes.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await openLogDialog(page);
    await dialog.getByLabel('Summary').fill('Half-written thought');
    await page.keyboard.press('Escape');
    const keepEditing = dialog.getByRole('button', { name: 'Keep editing' });
    // The question takes the focus (on Keep editing): Esc then answers it.
    await waitForFocus(keepEditing);
    await page.keyboard.press('Escape');
    await keepEditing.waitFor({ state: 'detached' });
    await expectValue(dialog.getByLabel('Summary'), 'Half-written thought');
    await expectCount(dialog.getByRole('button', { name: 'Discard' }), 0);

    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });
    await openLogDialog(page);
    await expectValue(dialog.getByLabel('Summary'), '');
  });

  it('restores an unsaved new conversation after a reload', async () => {
    app = await launchApp();
    const { page } = app;
    const dialog = await openLogDialog(page);
    await pickClient(dialog, 'Pavel Orlov', { isNewClient: true });
    await dialog.getByRole('radio', { name: 'Neutral' }).check();
    await dialog.getByLabel('Notes').fill('Every word of this must survive a crash.');
    await reload(page);
    await page.keyboard.press('Control+n');
    await dialog.getByText(/Restored what you were typing/).waitFor();
    await expectValue(dialog.getByLabel('Notes'), 'Every word of this must survive a crash.');
    await expectChecked(dialog.getByRole('radio', { name: 'Neutral' }));
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    // The new client was created with the conversation, and the draft is gone.
    await openPage(page, 'Clients');
    await page.getByRole('link', { name: 'Pavel Orlov' }).waitFor();
    await openLogDialog(page);
    await expectValue(dialog.getByLabel('Notes'), '');
    await expectAbsent(dialog.getByText(/Restored what you were typing/), { after: dialog.getByLabel('Notes') });
  });

  it('deletes a conversation with Undo', async () => {
    app = await launchApp();
    const { page } = app;
    await createClient(page, { name: 'Oleg Sidorov', organization: 'Sidorov & Sons' });
    const oleg = { client: 'Oleg', pick: 'Oleg Sidorov', via: 'button' } as const;
    await logConversation(page, { ...oleg, outcome: 'Neutral', summary: 'Price list questions' });
    await logConversation(page, { ...oleg, outcome: 'Satisfied', summary: 'Thanks for the fast fix' });
    await openPage(page, 'Journal');
    const rows = page.getByTestId('journal-row');
    await rows.filter({ hasText: 'Price list questions' }).click();
    const detail = page.getByRole('dialog', { name: 'Conversation with Oleg Sidorov' });
    await detail.getByRole('button', { name: 'Delete' }).click();
    await rows.filter({ hasText: 'Price list questions' }).waitFor({ state: 'detached' });
    await expectCount(rows, 1);
    await page
      .getByRole('status')
      .filter({ hasText: 'Conversation deleted.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await rows.filter({ hasText: 'Price list questions' }).waitFor();
    await expectCount(rows, 2);

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
    await reload(page);
    await createClient(page, { name: 'Maria Lebedeva', organization: 'Northwind' });
    await page.evaluate(() => {
      (window as unknown as { __diskFull?: boolean }).__diskFull = true;
    });

    const dialog = await openLogDialog(page);
    await pickClient(dialog, 'Maria', { pick: 'Maria Lebedeva' });
    await fillConversation(dialog, {
      outcome: 'Complaint',
      summary: 'Invoice sent twice',
      notes: 'She was calm but firm; wants a credit note by Friday.',
    });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Your disk is full' }).waitFor();
    await expectValue(dialog.getByLabel('Summary'), 'Invoice sent twice');
    await expectValue(dialog.getByLabel('Notes'), 'She was calm but firm; wants a credit note by Friday.');
    await expectChecked(dialog.getByRole('radio', { name: 'Complaint' }));

    await page.evaluate(() => {
      (window as unknown as { __diskFull?: boolean }).__diskFull = false;
    });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Complaint follow-up' }).waitFor();
    await openPage(page, 'Journal');
    await page.getByTestId('journal-row').filter({ hasText: 'Invoice sent twice' }).waitFor();
  });
});
