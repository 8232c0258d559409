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
});
