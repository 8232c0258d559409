/**
 * A complaint becomes a dispute with a correction plan; the client is a problem client until
 * the plan is done and the dispute resolved. A decision past its due date shows as overdue.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';

const NOW = new Date('2026-11-23T12:00:00.000Z');

async function logConversation(
  page: Page,
  client: string,
  outcome: 'Complaint' | 'Neutral',
  summary: string,
  more?: () => Promise<void>,
) {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Log conversation' });
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: 'Client' }).fill(client);
  await page.keyboard.press('Enter');
  await dialog.getByRole('radio', { name: outcome }).check();
  await dialog.getByLabel('Summary').fill(summary);
  await more?.();
  await page.keyboard.press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });
}

async function problemMarkOnClientsList(page: Page, client: string): Promise<number> {
  await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
  const row = page.getByRole('main').getByText(client, { exact: true }).first();
  await row.waitFor();
  return page.getByRole('main').locator('.badge-problem').count();
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
    await logConversation(page, 'Stroymash', 'Complaint', 'Late delivery of the October batch');

    // Offered right after saving the complaint.
    await page.getByRole('button', { name: 'Open dispute' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open dispute' });
    await expect(dialog.getByLabel('Title').inputValue()).resolves.toBe('Late delivery of the October batch');
    await expect(dialog.getByLabel('Opened').inputValue()).resolves.toBe('2026-11-23');
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
      await expect
        .poll(() => step.getByRole('textbox', { name: 'Step' }).evaluate((el) => el === document.activeElement))
        .toBe(true);
      await step.getByRole('textbox', { name: 'Step' }).fill(text!);
      await step.getByRole('textbox', { name: 'Owner' }).fill(owner!);
      await step.getByLabel('Due').fill(due!);
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => page.getByTestId('plan-step').count()).toBe(2);
    // The first step is past its due date: highlighted.
    await expect.poll(() => page.getByTestId('plan-step').first().getByText('Overdue').count()).toBe(1);
    // Reorder with the keyboard: the focus follows the step.
    await page.getByRole('button', { name: 'Move up: Call the client to confirm' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('plan-step').first().getByRole('textbox', { name: 'Step' }).inputValue())
      .toBe('Call the client to confirm');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move down: Call the client to confirm');
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'In correction' }).click();

    // Problem client on the client list and on the client page.
    expect(await problemMarkOnClientsList(page, 'Stroymash')).toBe(1);
    await page.getByRole('main').getByRole('link', { name: 'Stroymash' }).first().click();
    await page.getByRole('main').locator('.badge-problem').first().waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Late delivery of the October batch' }).click();

    // Resolving with an unfinished step asks first; "Keep working" changes nothing.
    await page.getByRole('checkbox', { name: 'Done: Ship the missing items' }).check();
    await page.getByRole('button', { name: 'Resolved' }).click();
    const confirm = page.getByRole('dialog', { name: 'Resolve with unfinished steps?' });
    await confirm.getByRole('button', { name: 'Keep working' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'In correction' }).getAttribute('aria-pressed'))
      .toBe('true');

    // Finish the plan and resolve.
    await page.getByRole('checkbox', { name: 'Done: Call the client to confirm' }).check();
    await expect.poll(() => page.getByText('2/2').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Resolved' }).click();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
    const history = await page.locator('.status-history li').allInnerTexts();
    expect(history.map((h) => h.split('\n')[0])).toEqual(['Open', 'In correction', 'Resolved']);

    // The mark is gone.
    expect(await problemMarkOnClientsList(page, 'Stroymash')).toBe(0);

    // The disputes page lists it with its plan progress.
    await page.getByRole('navigation').getByRole('link', { name: 'Disputes' }).click();
    const row = page.getByTestId('dispute-row').first();
    await expect(row.innerText()).resolves.toMatch(
      /Late delivery of the October batch[\s\S]*Stroymash[\s\S]*Resolved[\s\S]*High[\s\S]*2\/2/,
    );
  });

  it('records a decision in the conversation dialog and shows it overdue on the Decisions page', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Decisions' }).click();
    await page.getByRole('heading', { name: 'No decisions yet' }).waitFor();

    await logConversation(page, 'Volga Trade', 'Neutral', 'Renewal terms', async () => {
      const dialog = page.getByRole('dialog', { name: 'Log conversation' });
      await dialog.getByRole('button', { name: 'Add decision' }).click();
      await dialog.getByLabel('Decision', { exact: true }).fill('Send the revised contract');
      await dialog.getByLabel('Promised to client').fill('Contract by Friday');
      await dialog.getByLabel('Owner').fill('me');
      await dialog.getByLabel('Due').fill('2026-11-20');
    });

    await page.getByRole('navigation').getByRole('link', { name: 'Decisions' }).click();
    const row = page.getByTestId('decision-row').filter({ hasText: 'Send the revised contract' });
    await row.waitFor();
    await expect(row.getAttribute('class')).resolves.toContain('decision-row-overdue');
    await expect(row.innerText()).resolves.toMatch(/Contract by Friday[\s\S]*Volga Trade[\s\S]*Overdue/);
    await expect(page.getByTestId('promise-keeping').innerText()).resolves.toMatch(/no promises judged yet/);

    // Judging it kept clears the overdue mark and sets the figure.
    await row.getByRole('combobox', { name: 'Status of “Send the revised contract”' }).selectOption('kept');
    await expect.poll(() => row.getAttribute('class')).not.toContain('decision-row-overdue');
    await expect.poll(() => page.getByTestId('promise-keeping').innerText()).toMatch(/100\s?%/);

    // Back to its conversation: the dialog opens with the decision loaded.
    await row.getByRole('button', { name: 'Conversation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit conversation' });
    await dialog.getByTestId('decision-draft').filter({ hasText: 'Send the revised contract' }).waitFor();
  });
});
