/**
 * Issue 18, "The numbers never mislead", through the UI: a journal is seeded straight into
 * IndexedDB, then the dashboard and the weekly summary are read as the director and the
 * assistant see them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import { seedJournal } from './dashboardSeed';
import type { Client, Conversation, Criterion, CriterionMark, Decision, Dispute } from '../../shared/domain/types';

// Tuesday 1 December 2026, mid-morning (the browser runs in UTC).
const NOW = new Date('2026-12-01T10:30:00Z');
const STAMP = '2026-10-01T00:00:00.000Z';

function client(id: string, name: string, extra: Partial<Client> = {}): Client {
  return {
    id,
    createdAt: STAMP,
    updatedAt: STAMP,
    deletedAt: null,
    name,
    organization: '',
    role: '',
    phone: '',
    email: '',
    tags: [],
    vip: false,
    problem: false,
    notes: '',
    archivedAt: null,
    lastContactAt: null,
    lastOutcome: null,
    ...extra,
  };
}

function conversation(
  id: string,
  clientId: string,
  at: string,
  outcome: Conversation['outcome'],
  criteria: Partial<Record<Criterion, CriterionMark>> = {},
): Conversation {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    clientId,
    at,
    channel: 'call',
    direction: 'inbound',
    outcome,
    summary: `Conversation ${id}`,
    notes: '',
    private: false,
    feedback: { whyStay: '', likes: '', dislikes: '', incognito: false, criteria },
  };
}

async function seed(
  page: Page,
  journal: { clients: Client[]; conversations: Conversation[]; disputes?: Dispute[]; decisions?: Decision[] },
) {
  // The app creates its database on start; the empty dashboard says it is ready.
  await page.getByRole('heading', { name: 'Your balance starts with the first conversation' }).waitFor();
  await seedJournal(page, { disputes: [], decisions: [], ...journal });
  await page.reload();
  await page.getByTestId('stat-ratio').waitFor();
}

function decision(id: string, clientId: string, conversationId: string, extra: Partial<Decision> = {}): Decision {
  return {
    id,
    createdAt: '2026-10-10T09:00:00.000Z',
    updatedAt: '2026-10-10T09:00:00.000Z',
    deletedAt: null,
    clientId,
    conversationId,
    disputeId: null,
    decidedOn: '2026-10-10',
    decision: 'Free delivery in November',
    promised: '',
    owner: 'Director',
    due: null,
    status: 'pending',
    statusHistory: [{ status: 'pending', at: '2026-10-10T09:00:00.000Z' }],
    note: '',
    ...extra,
  };
}

/** The exported text of the weekly summary preview. */
function summaryText(page: Page): Promise<string> {
  return page.frameLocator('[data-testid="summary-preview"]').locator('body').innerText();
}

describe('the numbers never mislead', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('calls no praised criterion weak: "No criterion was criticised in this period"', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const praise = { courtesy: 'praised', competence: 'praised', reliability: 'praised' } as const;
    await seed(page, {
      clients: [client('ivan', 'Ivan Petrov'), client('olga', 'Olga Smirnova')],
      conversations: [
        conversation('c1', 'ivan', '2026-11-25T09:00:00.000Z', 'satisfied', praise),
        conversation('c2', 'olga', '2026-11-26T09:00:00.000Z', 'satisfied', praise),
      ],
    });
    const weakest = page.getByTestId('weakest-criteria');
    await expect.poll(() => weakest.innerText()).toBe('No criterion was criticised in this period.');
    // The chart and its table are still there, with no row marked weak.
    const criteria = page.getByRole('region', { name: 'Service criteria' });
    await criteria.getByText('Show as table').click();
    const table = criteria.getByRole('table', { name: 'Service criteria' });
    await table.getByRole('row', { name: /Courtesy/ }).waitFor();
    await expect.poll(() => table.locator('.criteria-weak-row').count()).toBe(0);
  });

  it('names only the criticised criterion when one is criticised among praised ones', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const praise = { courtesy: 'praised', competence: 'praised', reliability: 'praised' } as const;
    await seed(page, {
      clients: [client('ivan', 'Ivan Petrov'), client('olga', 'Olga Smirnova')],
      conversations: [
        conversation('c1', 'ivan', '2026-11-25T09:00:00.000Z', 'satisfied', praise),
        conversation('c2', 'olga', '2026-11-26T09:00:00.000Z', 'satisfied', praise),
        conversation('c3', 'olga', '2026-11-27T09:00:00.000Z', 'neutral', { tangibles: 'criticised' }),
      ],
    });
    await expect.poll(() => page.getByTestId('weakest-criteria').innerText()).toBe('Weakest: Tangibles');
  });

  it('keeps a kept promise on the day it was kept when its conversation is edited later', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await seed(page, {
      clients: [client('ivan', 'Ivan Petrov')],
      conversations: [conversation('c1', 'ivan', '2026-10-10T09:00:00.000Z', 'satisfied')],
      decisions: [
        decision('k1', 'ivan', 'c1', {
          status: 'kept',
          updatedAt: '2026-10-14T12:00:00.000Z',
          statusHistory: [
            { status: 'pending', at: '2026-10-10T09:00:00.000Z' },
            { status: 'kept', at: '2026-10-14T12:00:00.000Z' },
          ],
        }),
      ],
    });
    // 1 December: a typo fixed in the conversation, saved with its decision untouched.
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.getByTestId('journal-row').filter({ hasText: 'Conversation c1' }).click();
    await page
      .getByRole('dialog', { name: 'Conversation with Ivan Petrov' })
      .getByRole('button', { name: 'Edit' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit conversation' });
    await dialog.getByLabel('Summary').fill('Conversation c1, typo fixed');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('journal-row').filter({ hasText: 'typo fixed' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Decisions' }).click();
    const row = page.getByTestId('decision-row').filter({ hasText: 'Free delivery in November' });
    await expect.poll(() => row.innerText()).toContain('Kept on 14 Oct');

    // This week's summary (in progress) counts nothing kept; the week of 14 October does.
    await page.goto(page.url().replace(/#.*$/, '') + '#/summary?week=2026-W49');
    await expect.poll(() => summaryText(page)).toContain('Taken: 0 · kept: 0 · changed: 0 · broken: 0');
    await expect.poll(() => summaryText(page)).toContain('(so far, up to Tue 1 Dec)');
    await page.goto(page.url().replace(/#.*$/, '') + '#/summary?week=2026-W42');
    await expect.poll(() => summaryText(page)).toContain('Taken: 0 · kept: 1 · changed: 0 · broken: 0');
    await expect.poll(() => summaryText(page)).toContain('Kept on 14 Oct');

    // Judging it again records the new date.
    await page.getByRole('navigation').getByRole('link', { name: 'Decisions' }).click();
    await row.getByRole('combobox', { name: 'Status of “Free delivery in November”' }).selectOption('broken');
    await expect.poll(() => row.innerText()).toContain('Broken on 1 Dec');
  });
});
