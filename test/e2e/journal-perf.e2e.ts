/**
 * A quick look at the journal with 2 000 clients and 50 000 conversations (PERF=1 only):
 * time to show the journal, to filter, and from Save to the row in the journal.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';

describe.skipIf(!process.env.PERF)('journal at ten years of data', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('stays quick', { timeout: 300_000 }, async () => {
    app = await launchApp();
    const { page } = app;
    const seedStart = Date.now();
    await page.evaluate(async () => {
      const iso = (ms: number) => new Date(ms).toISOString();
      const now = Date.now();
      const rec = (ms: number) => ({
        id: crypto.randomUUID(),
        createdAt: iso(ms),
        updatedAt: iso(ms),
        deletedAt: null,
      });
      const clients = Array.from({ length: 2000 }, (_, i) => ({
        ...rec(now),
        name: `Client ${String(i).padStart(4, '0')}`,
        organization: `Org ${i % 300}`,
        role: '',
        phone: '',
        email: '',
        tags: [],
        vip: i % 50 === 0,
        problem: false,
        notes: '',
        archivedAt: null,
        lastContactAt: null,
        lastOutcome: null,
      }));
      const outcomes = ['satisfied', 'satisfied', 'satisfied', 'neutral', 'complaint'];
      const conversations = Array.from({ length: 50000 }, (_, i) => {
        const ms = now - i * 1.9 * 3600e3;
        return {
          ...rec(ms),
          clientId: clients[i % 2000]!.id,
          at: iso(ms),
          channel: 'call',
          direction: 'inbound',
          outcome: outcomes[i % 5],
          summary: `Conversation number ${i}`,
          notes: 'x'.repeat(200),
          private: false,
          feedback: { whyStay: '', likes: '', dislikes: '', incognito: false, criteria: {} },
        };
      });
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('rapport');
        req.onsuccess = () => resolve(req.result);
      });
      const tx = db.transaction(['clients', 'conversations'], 'readwrite');
      for (const c of clients) tx.objectStore('clients').put(c);
      for (const c of conversations) tx.objectStore('conversations').put(c);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    console.log('seeded ms', Date.now() - seedStart);
    await page.reload();
    await page.waitForSelector('.app');
    const t0 = Date.now();
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.getByTestId('journal-row').first().getByText('Conversation number 0').waitFor();
    console.log('journal first show (incl. index load) ms', Date.now() - t0);

    const rawScanMs = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('rapport');
        req.onsuccess = () => resolve(req.result);
      });
      const start = performance.now();
      await new Promise(
        (resolve) => (db.transaction('conversations').objectStore('conversations').getAll().onsuccess = resolve),
      );
      db.close();
      return performance.now() - start;
    });
    console.log('raw scan of all conversations ms (floor for reference)', Math.round(rawScanMs));
    const filterMs = await page.evaluate(async () => {
      const select = [...document.querySelectorAll('select')].find((s) =>
        s.querySelector('option[value="complaint"]'),
      )!;
      const start = performance.now();
      select.value = 'complaint';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () => {
          if (document.querySelector('[data-testid="journal-row"]')?.textContent?.includes('number 4')) resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - start;
    });
    console.log('filter ms', Math.round(filterMs));
    await page.getByLabel('Outcome').selectOption('');

    await page.locator('.journal-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    // Full records arrive for the rows on screen (and only those).
    await expect.poll(() => page.locator('.journal-summary .text-skeleton').count(), { timeout: 10_000 }).toBe(0);
    await page.locator('.journal-scroll').evaluate((el) => el.scrollTo(0, 0));

    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'Log conversation' });
    await dialog.getByRole('combobox', { name: 'Client' }).fill('Client 0042');
    await page.keyboard.press('Enter');
    await dialog.getByRole('radio', { name: 'Satisfied' }).check();
    await dialog.getByLabel('Summary').fill('Fresh one');
    const ms = await page.evaluate(async () => {
      const start = performance.now();
      (document.querySelector('dialog[open] .button-primary') as HTMLButtonElement).click();
      await new Promise<void>((resolve) => {
        const check = () => {
          if (
            [...document.querySelectorAll('[data-testid="journal-row"]')].some((r) =>
              r.textContent?.includes('Fresh one'),
            )
          )
            resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - start;
    });
    console.log('save to journal row ms', Math.round(ms));
  });
});
