/**
 * Capture in seconds (issue 15): the shortest keyboard path through "Log conversation", counted
 * key by key; the mouse path that moves the focus the same way; When in words, in English and
 * Russian, with the clock frozen in Berlin the day after summer time ends.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import {
  createClient,
  expectAttribute,
  expectChecked,
  expectCount,
  expectText,
  expectTextContaining,
  expectValue,
  logDialog,
  openLogDialog,
  openPage,
  pickClient,
  waitForFocus,
} from './journeys';

const NOW = new Date('2026-11-23T10:30:00Z');
/** Monday 26 October 2026, 10:00 in Berlin: summer time ended on the Sunday at 03:00. */
const AFTER_DST = new Date('2026-10-26T09:00:00Z');

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
    await dialog.getByRole('combobox', { name: 'Client' }).focus();
    for (const field of [
      dialog.getByLabel('When', { exact: true }),
      dialog.getByRole('button', { name: 'Pick a date and time' }),
      dialog.getByLabel('Channel'),
      dialog.getByRole('radio', { name: 'Client reached out' }),
      dialog.getByRole('radio', { name: 'Complaint' }),
      dialog.getByLabel('Summary'),
      dialog.getByLabel('Notes'),
    ]) {
      await page.keyboard.press('Tab');
      await waitForFocus(field);
    }
  });

  it('reads When in words in English and Russian, shows what it understood, and keeps the date of an edited conversation', async () => {
    app = await launchApp({ now: AFTER_DST, timezoneId: 'Europe/Berlin' });
    const { page } = app;
    await createClient(page, { name: 'Irina Volkova' });
    await openPage(page, 'Journal');

    let dialog = await openLogDialog(page);
    await pickClient(dialog, 'Irina Volkova');
    const when = dialog.getByLabel('When', { exact: true });
    const understood = dialog.locator('.when-understood');
    await expectText(understood, 'Now');
    await when.fill('2 hours ago');
    await expectText(understood, 'Mon 26 Oct, 08:00');
    // Yesterday is the day summer time ended: 15:00 is CET already.
    await when.fill('yesterday 15:00');
    await expectText(understood, 'Sun 25 Oct, 15:00');
    await dialog.getByRole('radio', { name: 'Satisfied', exact: true }).check();
    await dialog.getByLabel('Summary').fill('Called back after the weekend');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('journal-row').filter({ hasText: 'Called back after the weekend' });
    await expectTextContaining(row, '15:00');
    await expectTextContaining(page.getByRole('main'), 'Sunday, 25 October 2026');

    await openPage(page, 'Settings');
    await page.getByLabel('Language').selectOption({ label: 'Русский' });
    await openPage(page, 'Журнал');
    await page.keyboard.press('Control+n');
    dialog = logDialog(page, 'Записать разговор');
    await waitForFocus(dialog.getByRole('combobox', { name: 'Клиент' }));
    await pickClient(dialog, 'Irina Volkova', { label: 'Клиент' });
    const ruWhen = dialog.getByLabel('Когда', { exact: true });
    const ruUnderstood = dialog.locator('.when-understood');
    await expectText(ruUnderstood, 'Сейчас');
    // Saturday was still summer time; a day without a time keeps the time it is now.
    await ruWhen.fill('позавчера');
    await expectText(ruUnderstood, 'суб 24 окт., 10:00');
    await ruWhen.fill('в прошлую пятницу в 10:30');
    await expectText(ruUnderstood, 'птн 23 окт., 10:30');
    await ruWhen.fill('вчера в 15:00');
    await expectText(ruUnderstood, 'вск 25 окт., 15:00');
    // English words work in the Russian app too.
    await ruWhen.fill('last Friday 10:30');
    await expectText(ruUnderstood, 'птн 23 окт., 10:30');
    await page.keyboard.press('Control+Enter');
    // No outcome yet: the form stays, When is fine.
    await dialog.getByText('Выберите итог: доволен, нейтрально или жалоба.').waitFor();
    await page.keyboard.press('2');
    await page.keyboard.type('Пятничная встреча');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });

    // Editing shows the stored date in the field, in words the field reads back.
    await page.getByTestId('journal-row').filter({ hasText: 'Пятничная встреча' }).click();
    const detail = page.getByRole('dialog', { name: /Irina Volkova/ });
    await detail.getByRole('button', { name: 'Изменить' }).click();
    const edit = page.getByRole('dialog', { name: 'Изменить разговор' });
    await expectValue(edit.getByLabel('Когда', { exact: true }), '23.10.2026 10:30');
    await expectText(edit.locator('.when-understood'), 'птн 23 окт., 10:30');
    await edit.getByLabel('Кратко').fill('Пятничная встреча, итоги');
    await page.keyboard.press('Control+Enter');
    await edit.waitFor({ state: 'detached' });
    await expectTextContaining(page.getByTestId('journal-row').filter({ hasText: 'итоги' }), '10:30');
  });

  it('refuses a phrase it cannot read, and the calendar button fills the field for the mouse', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await createClient(page, { name: 'Oleg Sokolov' });
    await openPage(page, 'Journal');
    const dialog = await openLogDialog(page);
    await pickClient(dialog, 'Oleg Sokolov');
    await dialog.getByRole('radio', { name: 'Neutral', exact: true }).check();
    const when = dialog.getByLabel('When', { exact: true });
    await when.fill('sometime soonish');
    await expectText(dialog.locator('.when-understood'), 'Not understood yet');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByText('Not a date and time: “sometime soonish”.', { exact: false }).waitFor();
    await waitForFocus(when);
    await expectAttribute(when, 'aria-invalid', 'true');

    // The calendar button opens the browser's picker; what it picks lands in the field in words.
    await dialog.getByRole('button', { name: 'Pick a date and time' }).click();
    await dialog.getByTestId('when-picker').fill('2026-11-20T09:15');
    await expectValue(when, '20 Nov 2026 09:15');
    await expectText(dialog.locator('.when-understood'), 'Fri 20 Nov, 09:15');
    await expectCount(dialog.locator('.field-error'), 0);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectTextContaining(page.getByRole('main'), 'Friday, 20 November 2026');
  });
});
