/**
 * The shared steps of the end-to-end tests, written once so every test waits by construction:
 *
 * - **Retrying reads.** `textOf(locator)`, `countOf(locator)`… return a reader for
 *   `expect.poll`, which re-reads until the matcher holds (`await expect.poll(textOf(row))
 *   .toContain('VIP')`); `expectText`, `expectCount`… are the common cases in one call. A read of
 *   page state compared once (innerText, count… awaited into `expect`, or `.resolves` on one)
 *   races with rendering, and ESLint forbids it in test/e2e.
 * - **Negative checks after a positive one.** `expectAbsent(locator, { after })` first waits for
 *   the state the absence is compared with (`after`), so "nothing shown" cannot pass merely
 *   because the page is late.
 * - **Focus before typing.** Dialog journeys wait for the field the dialog focuses, then for the
 *   option they pick, before pressing a key.
 *
 * Labels are the English UI's; tests in Russian pass their own names where a helper takes one.
 */
import { expect } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import type { App } from './harness';

/** One read inside a poll may wait this long for its element; the poll itself retries until its timeout. */
const READ_TIMEOUT = 2_000;

// ---------------------------------------------------------------------------------------------
// Retrying reads (for expect.poll) and the common assertions built on them

export const textOf = (locator: Locator) => () => locator.innerText({ timeout: READ_TIMEOUT });
export const textContentOf = (locator: Locator) => () => locator.textContent({ timeout: READ_TIMEOUT });
export const textsOf = (locator: Locator) => () => locator.allInnerTexts();
export const countOf = (locator: Locator) => () => locator.count();
export const valueOf = (locator: Locator) => () => locator.inputValue({ timeout: READ_TIMEOUT });
export const checkedOf = (locator: Locator) => () => locator.isChecked({ timeout: READ_TIMEOUT });
export const disabledOf = (locator: Locator) => () => locator.isDisabled({ timeout: READ_TIMEOUT });
export const attributeOf = (locator: Locator, name: string) => () =>
  locator.getAttribute(name, { timeout: READ_TIMEOUT });
/** True while `locator` holds the keyboard focus. */
export const focusedOf = (locator: Locator) => () =>
  locator.evaluate((el) => el === document.activeElement, undefined, { timeout: READ_TIMEOUT });

/** The element's visible text becomes `expected` (a string: exactly; a RegExp: matches). */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  if (typeof expected === 'string') await expect.poll(textOf(locator)).toBe(expected);
  else await expect.poll(textOf(locator)).toMatch(expected);
}

/** The element's visible text comes to contain every one of `parts`. */
export async function expectTextContaining(locator: Locator, ...parts: string[]): Promise<void> {
  for (const part of parts) await expect.poll(textOf(locator)).toContain(part);
}

/** The visible texts of every element the locator matches become `expected`, in order. */
export async function expectTexts(locator: Locator, expected: string[]): Promise<void> {
  await expect.poll(textsOf(locator)).toEqual(expected);
}

export async function expectCount(locator: Locator, expected: number): Promise<void> {
  await expect.poll(countOf(locator)).toBe(expected);
}

/** An input, select or textarea comes to hold `expected`. */
export async function expectValue(locator: Locator, expected: string): Promise<void> {
  await expect.poll(valueOf(locator)).toBe(expected);
}

export async function expectChecked(locator: Locator, checked = true): Promise<void> {
  await expect.poll(checkedOf(locator)).toBe(checked);
}

export async function expectDisabled(locator: Locator, disabled = true): Promise<void> {
  await expect.poll(disabledOf(locator)).toBe(disabled);
}

export async function expectAttribute(locator: Locator, name: string, expected: string | RegExp | null) {
  if (expected instanceof RegExp) await expect.poll(attributeOf(locator, name)).toMatch(expected);
  else await expect.poll(attributeOf(locator, name)).toBe(expected);
}

/**
 * Nothing matches `locator`, checked only once `after` (the positive state the absence is
 * compared with: the list that would hold it, the message that replaces it) is on screen.
 */
export async function expectAbsent(locator: Locator, { after }: { after: Locator | Locator[] }): Promise<void> {
  for (const positive of [after].flat()) await positive.first().waitFor();
  await expectCount(locator, 0);
}

/** Waits until `locator` holds the keyboard focus: type only then. */
export async function waitForFocus(locator: Locator): Promise<void> {
  await locator.and(locator.page().locator(':focus')).waitFor();
}

// ---------------------------------------------------------------------------------------------
// Getting around

export type PageName = 'Dashboard' | 'Journal' | 'Clients' | 'Disputes' | 'Decisions' | 'Weekly summary' | 'Settings';

/** Clicks a sidebar link (any language: pass its name) and waits until that page is the current one. */
export async function openPage(page: Page, name: PageName | string): Promise<void> {
  const link = page.getByRole('navigation').getByRole('link', { name, exact: true });
  await link.click();
  await link.and(page.locator('[aria-current="page"]')).waitFor();
  await page.locator('main h1').first().waitFor();
}

/** Goes to an app route such as `/clients/<id>` or `/settings` without the sidebar. */
export async function goToRoute(page: Page, route: string): Promise<void> {
  await page.goto(`${page.url().replace(/#.*$/, '')}#${route}`);
  await page.waitForSelector('.app');
}

/** Reloads the page and waits for the app shell. */
export async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('.app');
}

/** Clicks `trigger` and returns the dialog it opens, once it is on screen. */
export async function openDialog(page: Page, trigger: Locator, name: string | RegExp): Promise<Locator> {
  await trigger.click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  return dialog;
}

/** Clicks `click`'s target and returns the file the page downloads. */
export async function download(
  app: App,
  click: () => Promise<void>,
): Promise<{ name: string; path: string; download: Download }> {
  const [file] = await Promise.all([app.page.waitForEvent('download'), click()]);
  const name = file.suggestedFilename();
  const path = `${app.downloadsDir}/${name}`;
  await file.saveAs(path);
  return { name, path, download: file };
}

/** Clicks what opens a file chooser and picks `file` in it. */
export async function chooseFile(page: Page, trigger: Locator, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger.click()]);
  await chooser.setFiles(file);
}

// ---------------------------------------------------------------------------------------------
// Clients

export interface NewClient {
  name: string;
  organization?: string;
  vip?: boolean;
}

/** Clients → New client → Save; waits until the client is listed. */
export async function createClient(page: Page, client: NewClient): Promise<void> {
  await openPage(page, 'Clients');
  const dialog = await openDialog(page, page.getByRole('button', { name: 'New client' }).first(), 'New client');
  const name = dialog.getByLabel('Name', { exact: true });
  await waitForFocus(name);
  await name.fill(client.name);
  if (client.organization) await dialog.getByLabel('Organization').fill(client.organization);
  if (client.vip) await dialog.getByLabel('VIP').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('main').getByRole('link', { name: client.name, exact: true }).first().waitFor();
}

// ---------------------------------------------------------------------------------------------
// The "Log conversation" dialog

export type Outcome = 'Satisfied' | 'Neutral' | 'Complaint';
export type CriterionMark = 'Praised' | 'Criticised';

export interface DecisionInput {
  decision: string;
  promise?: string;
  owner?: string;
  /** `yyyy-MM-dd` */
  due?: string;
}

export interface ConversationInput {
  /** The client's name (or part of it, with `pick` naming the option to choose). */
  client: string;
  /** Create the client with the conversation ("Create “…”"). */
  isNewClient?: boolean;
  /** The option to pick when `client` is only part of the name; defaults to `client`. */
  pick?: string;
  outcome: Outcome;
  /** Local date and time, `yyyy-MM-ddTHH:mm`; the dialog's default (now) when absent. */
  when?: string;
  /** The label of the Channel option, e.g. 'Meeting'. */
  channel?: string;
  summary?: string;
  notes?: string;
  private?: boolean;
  likes?: string;
  criteria?: Record<string, CriterionMark>;
  decisions?: DecisionInput[];
  /** How the dialog is opened: Ctrl+N (default) or the header button. */
  via?: 'shortcut' | 'button';
}

/** The open "Log conversation" dialog (any language: pass its name). */
export function logDialog(page: Page, name: string | RegExp = 'Log conversation'): Locator {
  return page.getByRole('dialog', { name });
}

/**
 * Opens "Log conversation" with Ctrl+N or the header button and waits until the dialog has put
 * the focus in Client (its first step), so keystrokes land where a person would type.
 */
export async function openLogDialog(page: Page, via: 'shortcut' | 'button' = 'shortcut'): Promise<Locator> {
  if (via === 'shortcut') await page.keyboard.press('Control+n');
  else await page.locator('.topbar').getByRole('button', { name: 'Log conversation' }).click();
  const dialog = logDialog(page);
  await dialog.waitFor();
  await waitForFocus(dialog.getByRole('combobox', { name: 'Client' }));
  return dialog;
}

/**
 * Types into the dialog's Client field, waits for the option (an existing client, or
 * "Create “…”"), picks it with Enter once it is the active one, and waits for the choice.
 */
export async function pickClient(
  dialog: Locator,
  typed: string,
  {
    isNewClient = false,
    pick = typed,
    label = 'Client',
  }: { isNewClient?: boolean; pick?: string; /** The field's name in another language. */ label?: string } = {},
): Promise<void> {
  const combobox = dialog.getByRole('combobox', { name: label });
  await combobox.fill(typed);
  const option = isNewClient
    ? dialog.getByRole('option', { name: `Create “${pick}”`, exact: true })
    : dialog.getByRole('option', { name: new RegExp(`^${escapeRegExp(pick)}`) }).first();
  await option.waitFor();
  await option.click();
  await expectValue(combobox, pick);
}

/** Fills the open dialog (everything but Client) as `input` says. */
export async function fillConversation(dialog: Locator, input: Omit<ConversationInput, 'client'>): Promise<void> {
  if (input.when) await dialog.getByLabel('When').fill(input.when);
  if (input.channel) await dialog.getByLabel('Channel').selectOption({ label: input.channel });
  await dialog.getByRole('radio', { name: input.outcome, exact: true }).check();
  if (input.summary) await dialog.getByLabel('Summary').fill(input.summary);
  if (input.notes) await dialog.getByLabel('Notes').fill(input.notes);
  if (input.private) await dialog.getByRole('checkbox', { name: /^Private/ }).check();
  if (input.likes || input.criteria) {
    await dialog.getByRole('button', { name: /Feedback/, expanded: false }).click();
    await dialog.getByRole('button', { name: /Feedback/, expanded: true }).waitFor();
    if (input.likes) await dialog.getByLabel('What they like').fill(input.likes);
    for (const [criterion, mark] of Object.entries(input.criteria ?? {})) {
      await dialog.getByRole('radiogroup', { name: criterion }).getByRole('radio', { name: mark }).check();
    }
  }
  for (const decision of input.decisions ?? []) {
    // A new draft is added last, open, with the focus in its Decision field.
    await dialog.getByRole('button', { name: 'Add decision' }).click();
    const draft = dialog.getByTestId('decision-draft').last();
    await waitForFocus(draft.getByLabel('Decision', { exact: true }));
    await draft.getByLabel('Decision', { exact: true }).fill(decision.decision);
    if (decision.promise) await draft.getByLabel('Promised to client').fill(decision.promise);
    if (decision.owner) await draft.getByLabel('Owner').fill(decision.owner);
    if (decision.due) await draft.getByLabel('Due').fill(decision.due);
  }
}

/** Logs one conversation through the dialog and waits until it has closed (saved). */
export async function logConversation(page: Page, input: ConversationInput): Promise<void> {
  const dialog = await openLogDialog(page, input.via);
  await pickClient(dialog, input.client, { isNewClient: input.isNewClient, pick: input.pick });
  await fillConversation(dialog, input);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
