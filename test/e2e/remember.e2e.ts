/**
 * "Remember the client" through the UI: keep-in-touch cadences (Settings → Keep in touch, the
 * client dialog, the client page) and the dashboard region "Due to talk".
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import { seedJournal } from './dashboardSeed';
import type { Client, Conversation, Decision, Dispute } from '../../shared/domain/types';
import {
  createClient,
  download,
  expectAbsent,
  expectAttribute,
  expectChecked,
  expectText,
  expectTextContaining,
  expectTexts,
  expectValue,
  expectCount,
  fillConversation,
  logConversation,
  logDialog,
  openDialog,
  openLogDialog,
  openPage,
  pickClient,
  reload,
} from './journeys';

// Monday 23 November 2026, mid-morning (the browser runs in UTC).
const NOW = new Date('2026-11-23T10:30:00Z');

const dueToTalk = (page: Page) => page.getByRole('region', { name: 'Due to talk' });
const dueNames = (page: Page) => dueToTalk(page).getByTestId('due-to-talk-item').locator('.remember-name');

describe('keep in touch: Due to talk', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('lists a VIP past the VIP cadence, most overdue first, and drops them once a conversation is logged', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;

    // Settings → Keep in touch: VIPs every 14 days.
    await openPage(page, 'Settings');
    const settings = page.getByRole('region', { name: 'Keep in touch' });
    const vipDays = settings.getByLabel('VIP cadence in days');
    await vipDays.fill('0');
    await settings.getByText('Enter a whole number of days from 1 to 365.').waitFor();
    await vipDays.fill('14');

    await createClient(page, { name: 'Boris Ivanov', organization: 'Nord Steel', vip: true });
    await createClient(page, { name: 'Anna Petrova', organization: 'Volga Logistics' });
    await createClient(page, { name: 'Vera Sokolova', organization: 'Ural Paper' });
    // Backdated: 22 days ago with Boris and Vera, 20 days ago with Anna.
    await logConversation(page, { client: 'Boris Ivanov', outcome: 'Satisfied', when: '2026-11-01T12:00' });
    await logConversation(page, { client: 'Vera Sokolova', outcome: 'Satisfied', when: '2026-11-01T12:00' });
    await logConversation(page, { client: 'Anna Petrova', outcome: 'Neutral', when: '2026-11-03T12:00' });

    // The VIP is 8 days past 14 days; the others have no cadence.
    await openPage(page, 'Dashboard');
    await expectTexts(dueNames(page), ['Boris Ivanov']);
    const boris = dueToTalk(page).getByTestId('due-to-talk-item').first();
    await expectTextContaining(boris, 'VIP', '8 days overdue', 'every 14 days');

    // Anna's own cadence, set in her dialog: every 7 days, 13 days overdue, comes first.
    await openPage(page, 'Clients');
    await page.getByRole('main').getByRole('link', { name: 'Anna Petrova', exact: true }).click();
    await page.getByRole('heading', { name: 'Anna Petrova', level: 1 }).waitFor();
    await expectText(page.getByTestId('client-cadence'), 'No cadence');
    const dialog = await openDialog(page, page.getByRole('button', { name: 'Edit' }).first(), 'Edit client');
    await dialog.getByLabel('Cadence', { exact: true }).selectOption({ label: 'Every … days' });
    await dialog.getByLabel('Cadence in days').fill('7');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('client-cadence'), 'Every 7 days · set for this client');
    await expectTextContaining(page.getByTestId('client-next-due'), 'due since', '13 days overdue');

    await openPage(page, 'Dashboard');
    await expectTexts(dueNames(page), ['Anna Petrova', 'Boris Ivanov']);

    // One click opens "Log conversation" with Boris; once saved he leaves the region.
    await dueToTalk(page).getByRole('button', { name: 'Log conversation with Boris Ivanov' }).click();
    const log = logDialog(page);
    await expectValue(log.getByRole('combobox', { name: 'Client' }), 'Boris Ivanov');
    await fillConversation(log, { outcome: 'Satisfied', summary: 'Checked in' });
    await log.getByRole('button', { name: 'Save', exact: true }).click();
    await log.waitFor({ state: 'detached' });
    await expectTexts(dueNames(page), ['Anna Petrova']);
    await expectAbsent(dueToTalk(page).getByText('Boris Ivanov'), { after: dueNames(page) });

    // On his page: the VIP default and the next due date, 14 days from today.
    await openPage(page, 'Clients');
    await page.getByRole('main').getByRole('link', { name: 'Boris Ivanov', exact: true }).click();
    await expectText(page.getByTestId('client-cadence'), 'Every 14 days · VIP default');
    await expectText(page.getByTestId('client-next-due'), '7 Dec 2026');
  });

  it('lists problem clients too, marked, and applies a tag default to clients with that tag', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await openPage(page, 'Settings');
    const settings = page.getByRole('region', { name: 'Keep in touch' });
    await settings.getByRole('button', { name: 'Add tag cadence' }).click();
    await settings.getByLabel('Tag', { exact: true }).fill('key account');
    await settings.getByLabel('Cadence in days for tag key account').fill('10');

    await createClient(page, { name: 'Oleg Romanov', organization: 'Neftservice' });
    await page.getByRole('main').getByRole('link', { name: 'Oleg Romanov', exact: true }).click();
    const dialog = await openDialog(page, page.getByRole('button', { name: 'Edit' }).first(), 'Edit client');
    await dialog.getByLabel('Tags').fill('Key account');
    await dialog.getByRole('checkbox', { name: /^Problem/ }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('client-cadence'), 'Every 10 days · default for tag “key account”');

    await logConversation(page, { client: 'Oleg Romanov', outcome: 'Complaint', when: '2026-11-10T12:00' });
    await openPage(page, 'Dashboard');
    await expectTexts(dueNames(page), ['Oleg Romanov']);
    await expectTextContaining(dueToTalk(page).getByTestId('due-to-talk-item'), 'Problem', '3 days overdue');
    // Unlike the call list, which never suggests a problem client.
    await expectAbsent(page.getByRole('region', { name: 'Call list' }).getByText('Oleg Romanov'), {
      after: page.getByRole('region', { name: 'Call list' }),
    });
  });
});

const base = { createdAt: '2025-01-10T09:00:00.000Z', updatedAt: '2025-01-10T09:00:00.000Z', deletedAt: null };

function client(id: string, name: string, vip = false): Client {
  return {
    ...base,
    id,
    name,
    organization: '',
    role: '',
    phone: '',
    email: '',
    tags: [],
    vip,
    problem: false,
    notes: '',
    archivedAt: null,
    lastContactAt: null,
    lastOutcome: null,
    cadenceDays: 'off',
  };
}

function conversation(
  id: string,
  clientId: string,
  at: string,
  outcome: Conversation['outcome'] = 'satisfied',
): Conversation {
  return {
    ...base,
    id,
    clientId,
    at,
    channel: 'call',
    direction: 'inbound',
    outcome,
    summary: id,
    notes: '',
    private: false,
    feedback: { whyStay: '', likes: '', dislikes: '', incognito: false, criteria: {} },
  };
}

const onThisDay = (page: Page) => page.getByRole('region', { name: 'On this day' });
const onThisDayItems = (page: Page) => onThisDay(page).getByTestId('on-this-day-item');

describe('On this day', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('brings back a dispute resolved 90 days ago, a promise made a year ago and a client last seen a year ago; dismissals stay', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await page.getByRole('heading', { name: 'Your balance starts with the first conversation' }).waitFor();
    const dispute: Dispute = {
      ...base,
      id: 'dispute-1',
      clientId: 'client-irina',
      title: 'Damaged pallets',
      openedOn: '2026-08-01',
      rootCause: 'defect',
      severity: 'high',
      whatWentWrong: '',
      resolution: 'Packaging changed',
      notes: '',
      private: false,
      status: 'resolved',
      statusHistory: [
        { status: 'open', at: '2026-08-01T09:00:00.000Z' },
        // 90 days before Monday 23 November 2026.
        { status: 'resolved', at: '2026-08-25T15:00:00.000Z' },
      ],
      conversationIds: [],
      plan: [],
    };
    const decision: Decision = {
      ...base,
      id: 'decision-1',
      clientId: 'client-oleg',
      conversationId: null,
      disputeId: null,
      decidedOn: '2025-11-23',
      decision: 'Second shift for their orders',
      promised: 'Delivery within 48 hours',
      owner: '',
      due: null,
      status: 'kept',
      statusHistory: [{ status: 'kept', at: '2025-12-01T09:00:00.000Z' }],
      note: '',
    };
    await seedJournal(page, {
      clients: [
        client('client-irina', 'Irina Volkova'),
        client('client-oleg', 'Oleg Romanov'),
        client('client-gleb', 'Gleb Orlov', true),
      ],
      conversations: [
        conversation('c1', 'client-irina', '2026-10-01T09:00:00.000Z'),
        conversation('c2', 'client-oleg', '2026-11-02T09:00:00.000Z'),
        // Last seen in November a year ago, and not since.
        conversation('c3', 'client-gleb', '2025-11-12T09:00:00.000Z'),
      ],
      disputes: [dispute],
      decisions: [decision],
    });
    await reload(page);

    await expectCount(onThisDayItems(page), 3);
    const disputeItem = onThisDayItems(page).filter({ hasText: 'Irina Volkova' });
    await expectTextContaining(
      disputeItem,
      'Resolved 90 days ago: Damaged pallets',
      'Call to check the defect is really gone.',
    );
    await expectTextContaining(
      onThisDayItems(page).filter({ hasText: 'Oleg Romanov' }),
      'A year ago you decided: Second shift for their orders',
      'Promised: Delivery within 48 hours',
      'Now: Kept',
    );
    await expectTextContaining(
      onThisDayItems(page).filter({ hasText: 'Gleb Orlov' }),
      'Last seen 12 Nov 2025, a year ago, and not since.',
    );

    // "Log conversation" opens the dialog for the client of the dispute.
    await disputeItem.getByRole('button', { name: 'Log conversation with Irina Volkova' }).click();
    const log = logDialog(page);
    await expectValue(log.getByRole('combobox', { name: 'Client' }), 'Irina Volkova');
    await page.keyboard.press('Escape');
    await log.waitFor({ state: 'detached' });

    // Dismissed, and still dismissed after a reload.
    await onThisDayItems(page)
      .filter({ hasText: 'Gleb Orlov' })
      .getByRole('button', { name: /^Dismiss: Gleb Orlov/ })
      .click();
    await expectCount(onThisDayItems(page), 2);
    await reload(page);
    await expectCount(onThisDayItems(page), 2);
    await expectAbsent(onThisDayItems(page).filter({ hasText: 'Gleb Orlov' }), { after: disputeItem });
  });
});

describe('Clients at risk', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('lists clients by risk with the reasons in words, and shows the last outcomes as a sparkline', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await page.getByRole('heading', { name: 'Your balance starts with the first conversation' }).waitFor();
    const nina = { ...client('client-nina', 'Nina Belova', true), cadenceDays: undefined };
    const dispute: Dispute = {
      ...base,
      id: 'dispute-2',
      clientId: 'client-nina',
      title: 'Wrong invoices',
      openedOn: '2026-10-01',
      rootCause: 'failedToExplain',
      severity: 'medium',
      whatWentWrong: '',
      resolution: '',
      notes: '',
      private: false,
      status: 'open',
      statusHistory: [{ status: 'open', at: '2026-10-01T09:00:00.000Z' }],
      conversationIds: [],
      plan: [],
    };
    await seedJournal(page, {
      clients: [nina, client('client-pavel', 'Pavel Smirnov'), client('client-lena', 'Lena Kim')],
      conversations: [
        conversation('n1', 'client-nina', '2026-09-01T09:00:00.000Z'),
        conversation('n2', 'client-nina', '2026-09-15T09:00:00.000Z'),
        conversation('n3', 'client-nina', '2026-10-01T09:00:00.000Z', 'complaint'),
        conversation('p1', 'client-pavel', '2026-11-20T09:00:00.000Z'),
        conversation('l1', 'client-lena', '2026-11-10T09:00:00.000Z', 'complaint'),
        conversation('l2', 'client-lena', '2026-11-18T09:00:00.000Z'),
      ],
      disputes: [dispute],
      decisions: [],
    });
    await reload(page);

    const region = page.getByRole('region', { name: 'Clients at risk' });
    const items = region.getByTestId('at-risk-item');
    await expectTexts(items.locator('.remember-name'), ['Nina Belova', 'Lena Kim']);
    await expectText(
      items.first().getByTestId('risk-reasons'),
      'VIP · open dispute for 53 days · silent 53 days, cadence 30 · 1 complaint in 90 days',
    );
    await expectTextContaining(items.first(), 'At risk');
    await expectTextContaining(items.nth(1), 'Watch', '1 complaint in 90 days');
    await expectAttribute(
      items.first().getByRole('img'),
      'aria-label',
      'Last 3 outcomes: Satisfied, Satisfied, Complaint',
    );

    // The client page and the clients list carry the same health line.
    await items.first().getByRole('link', { name: 'Nina Belova' }).click();
    await expectTextContaining(page.getByTestId('client-risk'), 'At risk', 'open dispute for 53 days');
    await page.getByRole('img', { name: 'Last 3 outcomes: Satisfied, Satisfied, Complaint' }).waitFor();
    await openPage(page, 'Clients');
    await page
      .getByRole('row', { name: /Pavel Smirnov/ })
      .getByRole('img', { name: 'Last outcome: Satisfied' })
      .waitFor();
  });
});

describe('Meeting agenda', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('exports a like and a dislike typed in two conversations as Markdown, without a private one', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await createClient(page, { name: 'Anna Petrova', organization: 'Volga Logistics' });
    await createClient(page, { name: 'Boris Ivanov', organization: 'Nord Steel' });
    // Last week (16–22 November): a like from Anna, a dislike from Boris, a private like.
    await logConversation(page, {
      client: 'Anna Petrova',
      outcome: 'Satisfied',
      when: '2026-11-17T10:00',
      likes: 'Drivers always call ahead',
    });
    const dialog = await openLogDialog(page);
    await pickClient(dialog, 'Boris Ivanov');
    await fillConversation(dialog, { outcome: 'Complaint', when: '2026-11-18T11:00' });
    await dialog.getByRole('button', { name: /Feedback/, expanded: false }).click();
    await dialog.getByLabel('What they dislike').fill('Invoices arrive late');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await logConversation(page, {
      client: 'Anna Petrova',
      outcome: 'Satisfied',
      when: '2026-11-19T10:00',
      likes: 'Secret discount works',
      private: true,
    });

    await openPage(page, 'Weekly summary');
    await page.getByRole('link', { name: 'Meeting agenda' }).click();
    await page.getByRole('heading', { name: 'Meeting agenda', level: 1 }).waitFor();
    await expectValue(page.getByLabel('From'), '2026-11-16');
    await expectValue(page.getByLabel('To'), '2026-11-22');
    await expectChecked(page.getByRole('checkbox', { name: /^Include private entries/ }), false);
    const preview = page.frameLocator('[data-testid="agenda-preview"]');
    await preview.getByText('Drivers always call ahead').first().waitFor();

    const file = await download(app, () => page.getByRole('button', { name: 'Export Markdown' }).click());
    expect(file.name).toBe('rapport-agenda-2026-11-16-to-2026-11-22.md');
    const markdown = readFileSync(file.path, 'utf8');
    expect(markdown).toContain('Drivers always call ahead');
    expect(markdown).toContain('Invoices arrive late');
    expect(markdown).not.toContain('Secret discount works');
  });
});
