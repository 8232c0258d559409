/**
 * Forgiving (issue 19, part A): nothing is lost by a slip. A decision row with only a promise
 * is refused with a message, never dropped.
 */
import { afterEach, describe, it } from 'vitest';
import { launchApp, type App } from './harness';
import {
  createClient,
  expectAttribute,
  expectTextContaining,
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
});
