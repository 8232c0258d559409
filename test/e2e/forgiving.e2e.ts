/**
 * Forgiving (issue 19, part A): nothing is lost by a slip. A decision row with only a promise
 * is refused with a message, never dropped; the Undo toast stays and Ctrl+Z reaches it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import {
  createClient,
  expectAttribute,
  expectCount,
  expectTextContaining,
  logConversation,
  openLogDialog,
  openPage,
  pickClient,
  waitForFocus,
} from './journeys';

const NOW = new Date('2026-11-23T10:30:00Z');

describe('forgiving', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('refuses a decision row with only a promise, by keyboard, and saves it once the decision is written', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await createClient(page, { name: 'Irina Volkova' });

    const dialog = await openLogDialog(page);
    await pickClient(dialog, 'Irina Volkova');
    await dialog.getByRole('radio', { name: 'Satisfied', exact: true }).check();
    await dialog.getByRole('button', { name: 'Add decision' }).click();
    const draft = dialog.getByTestId('decision-draft').last();
    const decision = draft.getByLabel('Decision', { exact: true });
    await waitForFocus(decision);
    await page.keyboard.press('Tab');
    await waitForFocus(draft.getByLabel('Promised to client'));
    await page.keyboard.type('Call back with the new price by Friday');
    // Fold the row: the refusal opens it again.
    await draft.getByRole('button', { name: /^Decision 1/, expanded: true }).click();
    await draft.getByRole('button', { name: /^Decision 1/, expanded: false }).waitFor();
    await page.keyboard.press('Control+Enter');

    // Refused: the dialog stays, the row is open, the message is on the Decision field, which has the focus.
    await expectTextContaining(draft, 'Write what was decided, or remove this decision.');
    await expectAttribute(decision, 'aria-invalid', 'true');
    await waitForFocus(decision);
    await page.keyboard.type('Keep the 2026 price');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });

    await openPage(page, 'Decisions');
    const row = page.getByRole('main').getByText('Keep the 2026 price').first();
    await row.waitFor();
    await expectTextContaining(page.getByRole('main'), 'Call back with the new price by Friday');
  });

  it('keeps the Undo toast until used, and Ctrl+Z undoes the last delete outside a text field (keyboard only)', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await createClient(page, { name: 'Oleg Sidorov' });
    await logConversation(page, { client: 'Oleg Sidorov', outcome: 'Neutral', summary: 'Price list questions' });
    await logConversation(page, { client: 'Oleg Sidorov', outcome: 'Satisfied', summary: 'Thanks for the fast fix' });
    await openPage(page, 'Journal');
    const rows = page.getByTestId('journal-row');
    const price = rows.filter({ hasText: 'Price list questions' });
    await price.focus();
    await page.keyboard.press('Delete');
    await price.waitFor({ state: 'detached' });
    const undoToast = page.getByRole('status').filter({ hasText: 'Conversation deleted.' });
    await undoToast.getByRole('button', { name: 'Undo' }).waitFor();

    // Half a minute later the Undo is still there.
    await page.clock.runFor(30_000);
    await undoToast.getByRole('button', { name: 'Undo' }).waitFor();

    // Ctrl+Z in a text field is the field's own: nothing comes back.
    await page.keyboard.press('Control+k');
    const search = page.getByRole('combobox', { name: /Search/ });
    await waitForFocus(search);
    await page.keyboard.press('Control+z');
    await expectCount(rows, 1);
    await page.keyboard.press('Escape');
    await rows.first().focus();

    // Outside a text field, Ctrl+Z undoes the delete.
    await page.keyboard.press('Control+z');
    await price.waitFor();
    await expectCount(rows, 2);
    await page.getByRole('status').filter({ hasText: 'Conversation restored.' }).waitFor();
    await undoToast.waitFor({ state: 'detached' });

    // Esc dismisses the newest toast.
    const thanks = rows.filter({ hasText: 'Thanks for the fast fix' });
    await thanks.focus();
    await page.keyboard.press('Delete');
    await undoToast.waitFor();
    await page.keyboard.press('Escape');
    await undoToast.waitFor({ state: 'detached' });
  });

  it('shows the toasts under the page, never over it', async () => {
    app = await launchApp({ now: NOW, viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await createClient(page, { name: 'Anna Petrova' });
    await logConversation(page, { client: 'Anna Petrova', outcome: 'Satisfied', summary: 'One' });
    await openPage(page, 'Journal');
    const row = page.getByTestId('journal-row').filter({ hasText: 'One' });
    await row.focus();
    await page.keyboard.press('Delete');
    const toasts = page.getByRole('region', { name: 'Notifications' }).locator('.toast');
    await toasts.filter({ hasText: 'Conversation deleted.' }).waitFor();
    await shoot(page, 'toasts');
    // The stack sits below the content area: its top is at or under main's bottom.
    await expect.poll(() => gap(page.locator('main'), toasts.first())).toBeGreaterThanOrEqual(0);
  });

  it('closes the complaint follow-up with Esc and on going to another page; it covers nothing', async () => {
    app = await launchApp({ now: NOW, viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await createClient(page, { name: 'Maria Lebedeva' });
    const card = page.getByRole('region', { name: 'Complaint follow-up' });
    await logConversation(page, { client: 'Maria Lebedeva', outcome: 'Complaint', summary: 'Invoice sent twice' });
    await card.waitFor();
    await shoot(page, 'follow-up');
    await expect.poll(() => gap(page.locator('main'), card)).toBeGreaterThanOrEqual(0);
    // Esc closes the toasts first, then the card.
    const toasts = page.getByRole('region', { name: 'Notifications' }).locator('.toast');
    for (let i = 0; i < 5 && (await toasts.count()) > 0; i++) await page.keyboard.press('Escape');
    await expectCount(toasts, 0);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    await logConversation(page, { client: 'Maria Lebedeva', outcome: 'Complaint', summary: 'Late delivery' });
    await card.waitFor();
    await openPage(page, 'Journal');
    await card.waitFor({ state: 'detached' });
  });
});

/** How far `below` starts under the bottom of `above` (negative: they overlap). */
async function gap(above: Locator, below: Locator): Promise<number> {
  const [a, b] = await Promise.all([above.boundingBox(), below.boundingBox()]);
  if (!a || !b) return Number.NaN;
  return b.y - (a.y + a.height);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  await page.screenshot({ path: `/tmp/shots-h-slip/${name}.png` });
}
