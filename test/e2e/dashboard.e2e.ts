/**
 * The ten-to-one dashboard through the UI, as the director uses it: log conversations in the
 * "Log conversation" dialog, then read the figures, the call list and the weakest criteria.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import { seedJournal } from './dashboardSeed';
import {
  createClient,
  expectAbsent,
  expectAttribute,
  expectCount,
  expectText,
  expectTextContaining,
  expectTexts,
  expectValue,
  logConversation,
  openPage,
  reload,
  textOf,
} from './journeys';
import type { Client, Conversation } from '../../shared/domain/types';

// Monday 23 November 2026, mid-morning (the browser runs in UTC).
const NOW = new Date('2026-11-23T10:30:00Z');

async function openDashboard(page: Page): Promise<void> {
  await openPage(page, 'Dashboard');
  await page.getByTestId('stat-ratio').waitFor();
}

/** The four figures, read together (a poll reader). */
function figures(page: Page) {
  return async () => {
    const text = (id: string) => textOf(page.getByTestId(id))();
    return {
      satisfied: await text('stat-satisfied'),
      complaints: await text('stat-complaints'),
      ratio: await text('stat-ratio'),
      owed: await text('stat-owed'),
    };
  };
}

const callListNames = (page: Page) =>
  page.getByRole('region', { name: 'Call list' }).getByTestId('call-list-item').locator('.call-list-name');

describe('ten-to-one dashboard', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('counts a complaint and three satisfied conversations with two clients: 3.0 : 1, owed 8', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    // A guiding empty state before anything is logged.
    await page.getByRole('heading', { name: 'Your balance starts with the first conversation' }).waitFor();

    await createClient(page, { name: 'Anna Petrova', organization: 'Volga Logistics' });
    await createClient(page, { name: 'Boris Ivanov', organization: 'Nord Steel', vip: true });
    await createClient(page, { name: 'Vera Sokolova', organization: 'Ural Paper' });

    // Satisfied with Boris, Vera and Boris again after the complaint; then the complaint itself,
    // dated before them.
    await logConversation(page, {
      client: 'Boris Ivanov',
      outcome: 'Satisfied',
      when: '2026-11-20T12:00',
      summary: 'Pleased with the new schedule',
    });
    await logConversation(page, {
      client: 'Vera Sokolova',
      outcome: 'Satisfied',
      when: '2026-11-21T10:00',
      summary: 'Renewal agreed',
    });
    await logConversation(page, {
      client: 'Boris Ivanov',
      outcome: 'Satisfied',
      when: '2026-11-22T10:00',
      summary: 'Thanked the team',
    });
    await logConversation(page, {
      client: 'Anna Petrova',
      outcome: 'Complaint',
      when: '2026-11-20T09:00',
      summary: 'Late delivery',
    });

    // Right after the complaint: what is owed now, and whom to call first. Boris and Vera already
    // count towards the only open quest (a client counts once per quest): calling them again
    // cannot reduce what is owed, so nobody is suggested.
    const followUp = page.getByTestId('owed-after-complaint');
    await followUp.getByText('Now owed: 8 satisfied clients (last 30 days).').waitFor();
    await expectTextContaining(followUp, 'No satisfied client can still count towards an open complaint');
    await page.screenshot({ path: '/tmp/dashboard-owed-after-complaint.png' });

    await openDashboard(page);
    await expect.poll(figures(page)).toEqual({ satisfied: '3', complaints: '1', ratio: '3.0 : 1', owed: '8' });
    await expectText(
      page.getByTestId('balance-line'),
      'The complaint of the last 30 days is not yet balanced: talk with 8 more satisfied clients.',
    );

    // The same over all time (once the line speaks of all time); nothing this week (Monday 23 November).
    await page.getByLabel('Period').selectOption({ label: 'All time' });
    await expectText(
      page.getByTestId('balance-line'),
      'The complaint is not yet balanced: talk with 8 more satisfied clients.',
    );
    await expect.poll(figures(page)).toEqual({ satisfied: '3', complaints: '1', ratio: '3.0 : 1', owed: '8' });
    await page.getByLabel('Period').selectOption({ label: 'This week' });
    await expect.poll(figures(page)).toEqual({
      satisfied: '0',
      complaints: '0',
      ratio: 'no complaints',
      owed: '0',
    });
    // Nothing owed this week: no call list, the dashboard says so.
    await expectText(
      page.getByTestId('call-list-nothing-owed'),
      'Nothing is owed in this period, so there is no call list. “Due to talk” shows whom you planned to keep in touch with.',
    );
    await expectCount(page.getByTestId('call-list-item'), 0);
    await page.getByLabel('Period').selectOption({ label: 'Last 30 days' });
    await expectTextContaining(page.getByTestId('balance-line'), 'of the last 30 days');

    // A satisfied conversation before the complaint does not pay it.
    await createClient(page, { name: 'Gleb Orlov', organization: 'Baikal Foods' });
    await logConversation(page, {
      client: 'Gleb Orlov',
      outcome: 'Satisfied',
      when: '2026-11-19T15:00',
      summary: 'Happy with the pilot',
    });
    await openDashboard(page);
    await expect.poll(figures(page)).toEqual({ satisfied: '4', complaints: '1', ratio: '4.0 : 1', owed: '8' });

    // Call list: only Gleb can still pay the open quest (Boris and Vera already count in it);
    // the complaining client never.
    await expectTexts(callListNames(page), ['Gleb Orlov']);
    const callList = page.getByRole('region', { name: 'Call list' });
    await expectCount(callList.getByText('VIP', { exact: true }), 0);

    // One click logs a conversation pre-filled with the client.
    await callList.getByRole('button', { name: 'Log conversation with Gleb Orlov' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log conversation' });
    await expectValue(dialog.getByRole('combobox', { name: 'Client' }), 'Gleb Orlov');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The target is a setting: with 5, owed drops to 3.
    await openPage(page, 'Settings');
    const target = page.getByLabel('Target ratio');
    await target.fill('0');
    await page.getByText('Enter a whole number from 1 to 50.').waitFor();
    await target.fill('5');
    await openDashboard(page);
    await expectText(page.getByTestId('stat-owed'), '3');
  });

  it('names the three weakest service criteria: most criticised net of praise', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await createClient(page, { name: 'Irina Volkova', organization: 'Baltic Freight' });
    await logConversation(page, {
      client: 'Irina Volkova',
      outcome: 'Complaint',
      when: '2026-11-16T10:00',
      summary: 'Rude dispatcher, late again',
      criteria: { Courtesy: 'Criticised', Reliability: 'Criticised', Tangibles: 'Criticised' },
    });
    await logConversation(page, {
      client: 'Irina Volkova',
      outcome: 'Neutral',
      when: '2026-11-18T10:00',
      summary: 'Follow-up call',
      criteria: { Courtesy: 'Criticised', Communication: 'Criticised', Reliability: 'Praised' },
    });
    await logConversation(page, {
      client: 'Irina Volkova',
      outcome: 'Satisfied',
      when: '2026-11-20T10:00',
      summary: 'Issue fixed',
      criteria: { Communication: 'Criticised', Competence: 'Praised' },
    });
    await openDashboard(page);
    // Courtesy and Communication: 2 criticised each (criteria order breaks the tie); Tangibles:
    // 1 criticised beats Reliability, which was criticised once but also praised once.
    await expectText(page.getByTestId('weakest-criteria'), 'Weakest: Courtesy, Communication, Tangibles');
    await page.getByText('Show as table').nth(1).click();
    await expect
      .poll(() => page.locator('.criteria-weak-row th').allTextContents())
      .toEqual(['Courtesyweak', 'Communicationweak', 'Tangiblesweak']);
  });

  it('nudges in the app when something is owed and no satisfied client was seen for days', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await page.getByRole('heading', { name: 'Your balance starts with the first conversation' }).waitFor();
    const base = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', deletedAt: null };
    const client: Client = {
      ...base,
      id: 'client-1',
      name: 'Oleg Romanov',
      organization: 'Neftservice',
      role: '',
      phone: '',
      email: '',
      tags: [],
      vip: false,
      problem: false,
      notes: '',
      archivedAt: null,
      lastContactAt: '2026-11-18T09:00:00.000Z',
      lastOutcome: 'complaint',
    };
    const conversation = (id: string, at: string, outcome: Conversation['outcome']): Conversation => ({
      ...base,
      id,
      clientId: client.id,
      at,
      channel: 'call',
      direction: 'inbound',
      outcome,
      summary: id,
      notes: '',
      private: false,
      feedback: { whyStay: '', likes: '', dislikes: '', incognito: false, criteria: {} },
    });
    await seedJournal(page, {
      clients: [client],
      conversations: [
        conversation('c1', '2026-11-10T09:00:00.000Z', 'satisfied'),
        conversation('c2', '2026-11-18T09:00:00.000Z', 'complaint'),
      ],
      disputes: [],
      decisions: [],
    });
    await reload(page);
    const banner = page.getByTestId('nudge-banner');
    await expectAttribute(banner, 'role', 'status');
    await expectTextContaining(
      banner,
      '10 satisfied clients owed after recent complaints.',
      'No satisfied conversation for 13 days.',
    );
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.waitFor({ state: 'detached' });
    // At most one a day: a reload the same day shows none. The nudge is decided from the figures
    // and the call list once they have loaded, and from the day of the last nudge, saved before
    // the banner showed: wait for all three, then look.
    await reload(page);
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('rapport.settings') ?? '{}').lastNudgeOn))
      .toBe('2026-11-23');
    await expectText(page.getByTestId('stat-owed'), '10');
    await expectAbsent(banner, {
      after: page.getByRole('region', { name: 'Call list' }).getByText(/^Nobody to suggest/),
    });
  });
});
