/**
 * Screenshots of the journal screens for a human to look at (light/dark, en/ru, two sizes).
 * Not a check: runs only with SCREENSHOTS=1 and writes to /tmp/journal-screens/.
 */
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness';
import { countOf, expectAttribute, goToRoute, reload, waitForFocus } from './journeys';

const OUT = '/tmp/journal-screens';
const NOW = new Date('2026-11-23T15:30:00Z');

/** Writes a small realistic journal straight into IndexedDB, then reloads so the app reads it. */
async function seed(page: Page): Promise<string> {
  const clientId = await page.evaluate(async (nowMs) => {
    const iso = (ms: number) => new Date(ms).toISOString();
    const base = (ms: number) => ({ id: crypto.randomUUID(), createdAt: iso(ms), updatedAt: iso(ms), deletedAt: null });
    const people = [
      ['Irina Volkova', 'Baltic Freight', true, false],
      ['Dmitry Sokolov', 'Stroymash', false, true],
      ['Anna Kuznetsova', 'Northwind Logistics', false, false],
      ['James Carter', 'Carter & Hale', true, false],
      ['Olga Smirnova', 'MedTech Ural', false, false],
      ['Pavel Orlov', '', false, false],
    ] as const;
    const clients = people.map(([name, organization, vip, problem]) => ({
      ...base(nowMs - 90 * 864e5),
      name,
      organization,
      role: 'CEO',
      phone: '+7 495 123-45-67',
      email: `${name.split(' ')[0]?.toLowerCase()}@example.com`,
      tags: vip ? ['key account'] : [],
      vip,
      problem,
      notes: '',
      archivedAt: null,
      lastContactAt: null as string | null,
      lastOutcome: null as string | null,
    }));
    const plan: [number, number, string, string, string, string, boolean][] = [
      [0, 0.5, 'satisfied', 'call', 'outbound', 'Renewal for 2027 agreed, wants quarterly invoices', false],
      [1, 2, 'complaint', 'meeting', 'inbound', 'Second late delivery this month; asked for a discount', false],
      [2, 4, 'neutral', 'email', 'inbound', 'Asked for the updated price list', false],
      [3, 6, 'satisfied', 'video', 'outbound', 'Praised the new account manager', false],
      [4, 26, 'satisfied', 'visit', 'outbound', 'Site visit: production line running smoothly', false],
      [5, 27, 'neutral', 'message', 'inbound', 'Prospect: wants a demo in January', true],
      [0, 29, 'satisfied', 'event', 'outbound', 'Met at the logistics forum, friendly chat', false],
      [2, 50, 'complaint', 'call', 'inbound', 'Invoice sent twice; needs a credit note', false],
      [3, 52, 'satisfied', 'call', 'outbound', 'Confirmed the spring order volume', false],
      [1, 75, 'neutral', 'meeting', 'outbound', 'Negotiated payment terms, no decision yet', true],
      [4, 77, 'satisfied', 'email', 'inbound', 'Thanked us for fast support on the weekend', false],
    ];
    const conversations = plan.map(([ci, hoursAgo, outcome, channel, direction, summary, isPrivate]) => {
      const at = iso(nowMs - hoursAgo * 36e5);
      return {
        ...base(nowMs - hoursAgo * 36e5),
        clientId: clients[ci]!.id,
        at,
        channel,
        direction,
        outcome,
        summary,
        notes: 'Follow up next week.',
        private: isPrivate,
        feedback: {
          whyStay: 'Reliable deliveries',
          likes: 'Personal attention',
          dislikes: '',
          incognito: false,
          criteria: { reliability: 'praised', communication: 'criticised' },
        },
      };
    });
    for (const c of [...conversations].sort((a, b) => a.at.localeCompare(b.at))) {
      const client = clients.find((x) => x.id === c.clientId)!;
      client.lastContactAt = c.at;
      client.lastOutcome = c.outcome;
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('rapport');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['clients', 'conversations'], 'readwrite');
    for (const c of clients) tx.objectStore('clients').put(c);
    for (const c of conversations) tx.objectStore('conversations').put(c);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    return clients[0]!.id;
  }, NOW.getTime());
  await reload(page);
  return clientId;
}

const variants = [
  { locale: 'en-GB', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { locale: 'en-GB', colorScheme: 'dark', viewport: { width: 1024, height: 700 } },
  { locale: 'ru-RU', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { locale: 'ru-RU', colorScheme: 'light', viewport: { width: 1024, height: 700 } },
] as const;

describe.skipIf(!process.env.SCREENSHOTS)('journal screenshots', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  for (const v of variants) {
    it(`${v.locale} ${v.colorScheme} ${v.viewport.width}`, async () => {
      mkdirSync(OUT, { recursive: true });
      const name = (what: string) => `${OUT}/${what}-${v.locale}-${v.colorScheme}-${v.viewport.width}.png`;
      app = await launchApp({ ...v, now: NOW });
      const { page } = app;
      await goToRoute(page, '/journal');
      await page.locator('main h1').waitFor();
      await page.screenshot({ path: name('journal-empty') });
      const clientId = await seed(page);
      await goToRoute(page, '/journal');
      // The rows with their full records (no text skeletons left).
      await page.getByTestId('journal-row').first().waitFor();
      await expect.poll(countOf(page.locator('.journal-summary .text-skeleton'))).toBe(0);
      await page.screenshot({ path: name('journal') });
      await page.getByTestId('journal-row').nth(1).click();
      await page.getByRole('dialog').waitFor();
      await page.screenshot({ path: name('detail') });
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await goToRoute(page, '/clients');
      await page.waitForSelector('.clients-row[role="row"] a');
      await page.screenshot({ path: name('clients') });
      await goToRoute(page, `/clients/${clientId}`);
      await page.waitForSelector('.timeline-item');
      await page.screenshot({ path: name('client') });
      await page.keyboard.press('Control+n');
      const dialog = page.locator('dialog[open]');
      await waitForFocus(dialog.getByRole('combobox').first());
      await page.keyboard.type('o');
      await dialog.getByRole('option').first().waitFor();
      await page.screenshot({ path: name('dialog') });
      await page.keyboard.press('Enter');
      await dialog.locator('.feedback-toggle').click();
      await expectAttribute(dialog.locator('.feedback-toggle'), 'aria-expanded', 'true');
      await page.screenshot({ path: name('dialog-feedback') });
      await dialog.locator('.dialog-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.screenshot({ path: name('dialog-criteria') });
      await page.keyboard.press('Escape');
      await dialog.locator('.discard-confirm .button-danger').click();
      await dialog.waitFor({ state: 'detached' });
      await goToRoute(page, '/settings');
      await page.locator('main h1').waitFor();
      await page.screenshot({ path: name('settings') });
    });
  }
});
