/**
 * A complaint becomes a dispute with a correction plan; the client is a problem client until
 * the plan is done and the dispute resolved. A decision past its due date shows as overdue.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import {
  countOf,
  attributeOf,
  expectAttribute,
  expectCount,
  expectText,
  expectValue,
  focusedOf,
  logConversation,
  openDialog,
  openPage,
  textsOf,
} from './journeys';

const NOW = new Date('2026-11-23T12:00:00.000Z');

/** Clients → the client's row → its problem mark: 1 while an open or in-correction dispute lasts, else 0. */
async function expectProblemMark(page: Page, client: string, count: 0 | 1): Promise<void> {
  await openPage(page, 'Clients');
  // The list renders once the problem clients are known (a skeleton until then), so the row being
  // there is the positive state a missing mark is compared with.
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: client, exact: true }) });
  await row.waitFor();
  await expectCount(row.locator('.badge-problem'), count);
}

describe('disputes and decisions', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens a dispute from a complaint, keeps the client a problem client until the plan is done and it is resolved', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await logConversation(page, {
      client: 'Stroymash',
      isNewClient: true,
      outcome: 'Complaint',
      summary: 'Late delivery of the October batch',
    });

    // Offered right after saving the complaint.
    const dialog = await openDialog(page, page.getByRole('button', { name: 'Open dispute' }), 'Open dispute');
    await expectValue(dialog.getByLabel('Title'), 'Late delivery of the October batch');
    await expectValue(dialog.getByLabel('Opened'), '2026-11-23');
    await dialog.getByLabel('Root cause').selectOption({ label: 'We failed to explain' });
    await dialog.getByLabel('Severity').selectOption({ label: 'High' });
    await dialog.getByRole('button', { name: 'Open dispute' }).click();

    // The dispute page, with the complaint linked.
    await page.getByRole('heading', { level: 1, name: 'Late delivery of the October batch' }).waitFor();
    await page.getByRole('button', { name: /Late delivery of the October batch/ }).waitFor();

    // The follow-up card has done its job and gets out of the way of the plan.
    await page.getByRole('region', { name: 'Complaint follow-up' }).waitFor({ state: 'detached' });

    // A two-step plan.
    const steps = [
      ['Ship the missing items', 'Warehouse', '2026-11-20'],
      ['Call the client to confirm', 'me', '2026-11-30'],
    ];
    for (const [i, [text, owner, due]] of steps.entries()) {
      await page.getByRole('button', { name: 'Add step' }).click();
      const step = page.getByTestId('plan-step').nth(i);
      // The new step's text field takes the focus.
      await expect.poll(focusedOf(step.getByRole('textbox', { name: 'Step' }))).toBe(true);
      await step.getByRole('textbox', { name: 'Step' }).fill(text!);
      await step.getByRole('textbox', { name: 'Owner' }).fill(owner!);
      await step.getByLabel('Due').fill(due!);
      await page.keyboard.press('Tab');
    }
    await expectCount(page.getByTestId('plan-step'), 2);
    // The first step is past its due date: highlighted.
    await expectCount(page.getByTestId('plan-step').first().getByText('Overdue'), 1);
    // Reorder with the keyboard: the focus follows the step.
    await page.getByRole('button', { name: 'Move up: Call the client to confirm' }).focus();
    await page.keyboard.press('Enter');
    await expectValue(
      page.getByTestId('plan-step').first().getByRole('textbox', { name: 'Step' }),
      'Call the client to confirm',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move down: Call the client to confirm');
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'In correction' }).click();

    // Problem client on the client list and on the client page.
    await expectProblemMark(page, 'Stroymash', 1);
    await page.getByRole('main').getByRole('link', { name: 'Stroymash', exact: true }).first().click();
    await page.getByRole('main').locator('.badge-problem').first().waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Late delivery of the October batch' }).click();

    // Resolving with an unfinished step asks first; "Keep working" changes nothing.
    await page.getByRole('checkbox', { name: 'Done: Ship the missing items' }).check();
    await page.getByRole('button', { name: 'Resolved' }).click();
    const confirm = page.getByRole('dialog', { name: 'Resolve with unfinished steps?' });
    await confirm.getByRole('button', { name: 'Keep working' }).click();
    await expectAttribute(page.getByRole('button', { name: 'In correction' }), 'aria-pressed', 'true');

    // Finish the plan and resolve.
    await page.getByRole('checkbox', { name: 'Done: Call the client to confirm' }).check();
    await expect.poll(countOf(page.getByText('2/2'))).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Resolved' }).click();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
    await expect
      .poll(async () => (await textsOf(page.locator('.status-history li'))()).map((h) => h.split('\n')[0]))
      .toEqual(['Open', 'In correction', 'Resolved']);

    // The mark is gone.
    await expectProblemMark(page, 'Stroymash', 0);

    // The disputes page lists it with its plan progress.
    await openPage(page, 'Disputes');
    await expectText(
      page.getByTestId('dispute-row').first(),
      /Late delivery of the October batch[\s\S]*Stroymash[\s\S]*Resolved[\s\S]*High[\s\S]*2\/2/,
    );
  });

  it('records a decision in the conversation dialog and shows it overdue on the Decisions page', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await openPage(page, 'Decisions');
    await page.getByRole('heading', { name: 'No decisions yet' }).waitFor();

    await logConversation(page, {
      client: 'Volga Trade',
      isNewClient: true,
      outcome: 'Neutral',
      summary: 'Renewal terms',
      decisions: [
        { decision: 'Send the revised contract', promise: 'Contract by Friday', owner: 'me', due: '2026-11-20' },
      ],
    });

    await openPage(page, 'Decisions');
    const row = page.getByTestId('decision-row').filter({ hasText: 'Send the revised contract' });
    await expectAttribute(row, 'class', /decision-row-overdue/);
    await expectText(row, /Contract by Friday[\s\S]*Volga Trade[\s\S]*Overdue/);
    await expectText(page.getByTestId('promise-keeping'), /no promises judged yet/);

    // Judging it kept clears the overdue mark and sets the figure.
    await row.getByRole('combobox', { name: 'Status of “Send the revised contract”' }).selectOption('kept');
    await expect.poll(attributeOf(row, 'class')).not.toContain('decision-row-overdue');
    await expectText(page.getByTestId('promise-keeping'), /100\s?%/);

    // Back to its conversation: the dialog opens with the decision loaded.
    await row.getByRole('button', { name: 'Conversation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit conversation' });
    await dialog.getByTestId('decision-draft').filter({ hasText: 'Send the revised contract' }).waitFor();
  });
});
