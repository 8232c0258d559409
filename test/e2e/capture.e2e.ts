/**
 * Capture in seconds (issue 15): the shortest keyboard path through "Log conversation", counted
 * key by key; the mouse path that moves the focus the same way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import {
  createClient,
  expectChecked,
  expectTextContaining,
  logDialog,
  openPage,
  pickClient,
  waitForFocus,
} from './journeys';

const NOW = new Date('2026-11-23T10:30:00Z');

/** The keyboard, recording every key pressed (a typed text is one key per character). */
function countingKeyboard(page: Page) {
  const pressed: string[] = [];
  return {
    pressed,
    press: async (key: string) => {
      pressed.push(key);
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      pressed.push(...text);
      await page.keyboard.type(text);
    },
  };
}

describe('capture in seconds', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('logs a conversation with Ctrl+N, the client, Enter, 3, the summary and Ctrl+Enter, and no other key', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await createClient(page, { name: 'Irina Volkova', organization: 'Baltic Freight' });
    await openPage(page, 'Journal');

    const keys = countingKeyboard(page);
    const dialog = logDialog(page);
    // Between the keys the test only waits for what a person would see: the dialog, the option, the caret.
    await keys.press('Control+n');
    await waitForFocus(dialog.getByRole('combobox', { name: 'Client' }));
    await keys.type('volk');
    await dialog.getByRole('option', { name: /Irina Volkova/, selected: true }).waitFor();
    await keys.press('Enter');
    // Focus moves to Outcome (its first option, none picked yet).
    await waitForFocus(dialog.getByRole('radio', { name: 'Satisfied' }));
    await keys.press('3');
    await expectChecked(dialog.getByRole('radio', { name: 'Complaint' }));
    await waitForFocus(dialog.getByLabel('Summary'));
    await keys.type('Late delivery');
    await keys.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });

    expect(keys.pressed).toEqual(['Control+n', ...'volk', 'Enter', '3', ...'Late delivery', 'Control+Enter']);
    expect(keys.pressed.length).toBe(1 + 4 + 1 + 1 + 13 + 1);
    const row = page.getByTestId('journal-row').filter({ hasText: 'Late delivery' });
    await expectTextContaining(row, 'Irina Volkova', 'Complaint');
  });

  it('picks the outcome with 1/2/3 from any field that is not a text field, and Tab still visits every field', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await createClient(page, { name: 'Oleg Sokolov' });
    await page.keyboard.press('Control+n');
    const dialog = logDialog(page);
    await waitForFocus(dialog.getByRole('combobox', { name: 'Client' }));
    await pickClient(dialog, 'Oleg Sokolov');
    // A click on an option moves the focus to Outcome as Enter does.
    await waitForFocus(dialog.getByRole('radio', { name: 'Satisfied' }));

    // From Channel (a select), 2 picks Neutral and moves on to Summary.
    await dialog.getByLabel('Channel').focus();
    await page.keyboard.press('2');
    await expectChecked(dialog.getByRole('radio', { name: 'Neutral' }));
    await waitForFocus(dialog.getByLabel('Summary'));
    // In a text field a digit is a digit.
    await page.keyboard.type('1 call');
    await expectChecked(dialog.getByRole('radio', { name: 'Neutral' }));

    // Shift+Tab back from Summary reaches Outcome (the picked option), then Direction, then Channel.
    await page.keyboard.press('Shift+Tab');
    await waitForFocus(dialog.getByRole('radio', { name: 'Neutral' }));
    await page.keyboard.press('Shift+Tab');
    await waitForFocus(dialog.getByRole('radio', { name: 'Client reached out' }));
    await page.keyboard.press('1');
    await expectChecked(dialog.getByRole('radio', { name: 'Satisfied' }));
    await waitForFocus(dialog.getByLabel('Summary'));

    // A click on an outcome moves the focus to Summary too.
    await dialog.getByText('Complaint', { exact: true }).click();
    await expectChecked(dialog.getByRole('radio', { name: 'Complaint' }));
    await waitForFocus(dialog.getByLabel('Summary'));

    // Tab visits every field in order; nothing jumps ahead.
    await dialog.getByLabel('Channel').focus();
    for (const field of [
      dialog.getByRole('radio', { name: 'Client reached out' }),
      dialog.getByRole('radio', { name: 'Complaint' }),
      dialog.getByLabel('Summary'),
      dialog.getByLabel('Notes'),
    ]) {
      await page.keyboard.press('Tab');
      await waitForFocus(field);
    }
  });
});
