/**
 * The assistant's Monday: a week of conversations logged through the UI, then the Weekly summary
 * exported as Markdown, HTML, CSV and PDF (the web build downloads files; PDF opens the print
 * dialog), and the Journal's CSV export for a date range.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import type { Download } from 'playwright-core';
import { launchApp, type App } from './harness';
import type { ConversationInput } from './journeys';
import {
  disabledOf,
  expectAbsent,
  expectChecked,
  expectDisabled,
  expectText,
  expectValue,
  logConversation,
  openPage,
  reload,
  textOf,
} from './journeys';
import { seedJournal } from './dashboardSeed';
import { generateSampleJournal } from '../../shared/sample/generate';

/** Wednesday 2 December 2026: the last complete week is 2026-W48 (23–29 November). */
const NOW = new Date(2026, 11, 2, 10, 0);

const ENTRIES: (ConversationInput & { when: string })[] = [
  {
    client: 'Anna Petrova',
    when: '2026-11-23T09:00',
    outcome: 'Complaint',
    summary: 'Invoice wrong, again',
    notes: 'SECRET NOTE ONE',
  },
  {
    client: 'Boris Beck',
    when: '2026-11-24T11:30',
    outcome: 'Satisfied',
    summary: 'Renewal signed, "great" service',
    channel: 'Meeting',
    likes: 'Fast answers',
  },
  { client: 'Chen Li', when: '2026-11-25T15:00', outcome: 'Satisfied', summary: '=SUM(A1:A2) Обсудили договор' },
  {
    client: 'Dmitri Orlov',
    when: '2026-11-26T12:00',
    outcome: 'Satisfied',
    summary: 'Private merger talk',
    private: true,
  },
  // The Monday after: not in the week.
  { client: 'Boris Beck', when: '2026-11-30T09:00', outcome: 'Satisfied', summary: 'Next week call' },
];

async function saveDownload(app: App, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([app.page.waitForEvent('download'), click()]);
  return read(app, download);
}

async function read(app: App, download: Download): Promise<{ name: string; text: string }> {
  const file = path.join(app.downloadsDir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

function markdownTableRows(markdown: string, heading: string): string[][] {
  const tokens = new MarkdownIt('commonmark').enable('table').parse(markdown, {});
  const start = tokens.findIndex((t, i) => t.type === 'heading_open' && tokens[i + 1]?.content === heading);
  const rows: string[][] = [];
  let row: string[] | null = null;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'table_close') break;
    if (token.type === 'tr_open') row = [];
    if ((token.type === 'td_open' || token.type === 'th_open') && row) row.push(tokens[i + 1]?.content ?? '');
    if (token.type === 'tr_close' && row) rows.push(row);
  }
  return rows;
}

describe('weekly summary exports', () => {
  let app: App | undefined;
  beforeAll(() => {
    // The entries are typed as local wall-clock times; the browser runs in the same zone.
    expect(NOW.getDate()).toBe(2);
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('exports the last complete week as Markdown, HTML, CSV and PDF, private entries only on request', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    // Count print requests from any frame (the web build prints the summary from a hidden frame).
    // Like the frozen clock, this init script is blocked in the sandboxed preview (harness.ts).
    await page.addInitScript(() => {
      window.print = () => {
        const top = window.top as (Window & { __printed?: string[] }) | null;
        if (top) (top.__printed ??= []).push(document.documentElement.outerHTML);
      };
    });
    const seen = new Set<string>();
    for (const entry of ENTRIES) {
      await logConversation(page, { ...entry, isNewClient: !seen.has(entry.client) });
      seen.add(entry.client);
    }

    await openPage(page, 'Weekly summary');
    await page.getByRole('heading', { name: 'Weekly summary', level: 1 }).waitFor();
    await expectValue(page.getByLabel('Week'), '2026-W48');
    await expectChecked(page.getByRole('checkbox', { name: 'Include private entries' }), false);
    const preview = page.frameLocator('[data-testid="summary-preview"]');
    await expectText(preview.locator('[data-figure="conversations"] .value'), '3');
    await expectText(preview.locator('[data-figure="owed"] .value'), '8');

    // Markdown
    const md = await saveDownload(app, () => page.getByRole('button', { name: 'Export Markdown' }).click());
    expect(md.name).toBe('rapport-summary-2026-W48.md');
    expect(md.text).toContain('# Weekly summary — 2026-W48');
    expect(markdownTableRows(md.text, 'Overview')).toEqual(
      expect.arrayContaining([
        ['Conversations', '3'],
        ['Ratio (target 10 : 1)', '2 : 1'],
        ['Owed', '8'],
      ]),
    );
    const conversations = markdownTableRows(md.text, 'Conversations');
    expect(conversations.slice(1).map((r) => [r[1], r[4]])).toEqual([
      ['Anna Petrova', 'Complaint'],
      ['Boris Beck', 'Satisfied'],
      ['Chen Li', 'Satisfied'],
    ]);
    expect(md.text).toContain('Fast answers');

    // HTML
    const html = await saveDownload(app, () => page.getByRole('button', { name: 'Export HTML' }).click());
    expect(html.name).toBe('rapport-summary-2026-W48.html');
    expect(html.text).toContain('<td class="summary">Renewal signed, &quot;great&quot; service</td>');
    expect(html.text).toMatch(/data-figure="owed"><div class="label">Owed<\/div><div class="value">8</);
    expect(html.text).not.toMatch(/(?:src|href)\s*=|@import|url\(/i);

    // CSV
    const csv = await saveDownload(app, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.name).toBe('rapport-summary-2026-W48.csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(4);
    expect(rows[0]!.slice(0, 3)).toEqual(['Date', 'Week', 'Client']);
    expect(rows[2]).toEqual(
      expect.arrayContaining([
        '2026-11-24 11:30',
        '2026-W48',
        'Boris Beck',
        'Meeting',
        'Satisfied',
        'Renewal signed, "great" service',
      ]),
    );
    expect(rows[3]![7]).toBe("'=SUM(A1:A2) Обсудили договор");

    for (const file of [md, html, csv]) {
      expect(file.text).not.toContain('Private merger talk');
      expect(file.text).not.toContain('SECRET NOTE ONE');
      expect(file.text).not.toContain('Next week call');
    }

    // PDF: the web build hands the same document to the print dialog.
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByRole('status').filter({ hasText: 'The print dialog is open' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as Window & { __printed?: string[] }).__printed?.length ?? 0), {
        timeout: 10_000,
      })
      .toBe(1);
    const printed = await page.evaluate(() => (window as Window & { __printed?: string[] }).__printed![0]!);
    expect(printed).toContain('Weekly summary');
    expect(printed).toContain('2026-W48');
    expect(printed).toContain('counter(page)');

    // The director's own copy: private entries in, notes still out.
    await page.getByRole('checkbox', { name: 'Include private entries' }).check();
    await expectText(preview.locator('[data-figure="conversations"] .value'), '4');
    const own = await saveDownload(app, () => page.getByRole('button', { name: 'Export CSV' }).click());
    const ownRows = Papa.parse<string[]>(own.text.slice(1), { skipEmptyLines: true }).data;
    expect(ownRows).toHaveLength(5);
    expect(own.text).toContain('Private merger talk');
    expect(own.text).not.toContain('SECRET NOTE ONE');

    // Another week and another language.
    await page.getByRole('button', { name: 'Next week' }).click();
    await expectValue(page.getByLabel('Week'), '2026-W49');
    await expectDisabled(page.getByRole('button', { name: 'Next week' }));
    await page.getByRole('button', { name: 'Previous week' }).click();
    await expectValue(page.getByLabel('Week'), '2026-W48');
    await page.getByRole('checkbox', { name: 'Include private entries' }).uncheck();
    await expectText(preview.locator('[data-figure="conversations"] .value'), '3');
    await page.getByLabel('Summary language').selectOption({ label: 'Русский' });
    await preview.getByRole('heading', { name: 'Отчёт за неделю' }).waitFor();
    const ru = await saveDownload(app, () => page.getByRole('button', { name: 'Export Markdown' }).click());
    expect(ru.text).toContain('# Отчёт за неделю — 2026-W48');
    expect(ru.text).toContain('| Долг | 8 |');
    // The choice is remembered.
    await reload(page);
    await expectValue(page.getByLabel('Summary language'), 'ru');
  });

  it('exports the journal of a date range as CSV without private entries', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const seen = new Set<string>();
    for (const entry of ENTRIES) {
      await logConversation(page, { ...entry, isNewClient: !seen.has(entry.client) });
      seen.add(entry.client);
    }
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.getByLabel('From').fill('2026-11-24');
    await page.getByLabel('To').fill('2026-11-30');
    // The journal shows the range the export takes.
    const journalRows = page.getByTestId('journal-row');
    await expectAbsent(journalRows.filter({ hasText: 'Invoice wrong, again' }), {
      after: journalRows.filter({ hasText: 'Next week call' }),
    });
    const csv = await saveDownload(app, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.name).toBe('rapport-journal-2026-11-24-to-2026-11-30.csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => [r[1], r[2], r[7]])).toEqual([
      ['2026-W48', 'Boris Beck', 'Renewal signed, "great" service'],
      ['2026-W48', 'Chen Li', "'=SUM(A1:A2) Обсудили договор"],
      ['2026-W49', 'Boris Beck', 'Next week call'],
    ]);
    await page.getByRole('status').filter({ hasText: '1 private conversation was left out.' }).waitFor();
  });

  // Seeding 50 000 records through the page takes minutes on a busy machine: opt in with E2E_PERF=1.
  it.runIf(process.env.E2E_PERF === '1')(
    'exports 50 000 conversations from the Journal with progress, and shows the summary of a busy week',
    { timeout: 600_000 },
    async () => {
      app = await launchApp({ now: NOW });
      const { page } = app;
      const journal = generateSampleJournal({ seed: 5, clients: 2000, years: 10, now: NOW, utcOffsetMinutes: 0 });
      expect(journal.conversations.length).toBeGreaterThanOrEqual(49_000);
      const seedStarted = Date.now();
      await seedJournal(page, journal);
      console.info(`seeded in ${Date.now() - seedStarted} ms`);
      await reload(page);

      await openPage(page, 'Weekly summary');
      const started = Date.now();
      await page
        .frameLocator('[data-testid="summary-preview"]')
        .locator('[data-figure="conversations"]')
        .waitFor({ timeout: 60_000 });
      console.info(`summary preview of a 50 000-conversation journal in ${Date.now() - started} ms`);

      await openPage(page, 'Journal');
      const button = page.getByRole('button', { name: 'Export CSV' });
      await button.waitFor();
      const exportStarted = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 180_000 }),
        (async () => {
          await button.click();
          // While it runs the button is busy and shows its progress.
          await page.locator('[data-testid="export-journal-csv"][aria-busy="true"]').waitFor({ timeout: 10_000 });
          await expect.poll(disabledOf(page.getByTestId('export-journal-csv'))).toBe(true);
          await expect.poll(textOf(page.getByTestId('export-journal-csv'))).toMatch(/Exporting… \d+%/);
        })(),
      ]);
      const file = await read(app, download);
      console.info(`journal CSV of ${journal.conversations.length} conversations in ${Date.now() - exportStarted} ms`);
      expect(file.name).toBe('rapport-journal-all-2026-12-02.csv');
      const rows = Papa.parse<string[]>(file.text.slice(1), { skipEmptyLines: true }).data;
      const expected = journal.conversations.filter((c) => c.deletedAt === null && !c.private).length;
      expect(rows.length - 1).toBe(expected);
      await expectDisabled(page.getByTestId('export-journal-csv'), false);
    },
  );
});
