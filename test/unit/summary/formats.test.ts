import './tz-moscow';
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { Parser as CommonmarkParser } from 'commonmark';
import Papa from 'papaparse';
import { buildWeeklySummary } from '../../../shared/summary/model';
import { toMarkdown } from '../../../shared/summary/markdown';
import { toHtml } from '../../../shared/summary/html';
import { CSV_BOM, conversationsToCsv, neutraliseFormula, toCsv } from '../../../shared/summary/csv';
import { journalCsvFileName, summaryFileName } from '../../../shared/summary/fileName';
import { summaryFixture } from '../../fixtures/summary-week';
import type { Conversation } from '../../../shared/domain/types';

const model = (language: 'en' | 'ru' = 'en', includePrivate = false) =>
  buildWeeklySummary(summaryFixture(), { includePrivate, language });

/** Tables of a Markdown document as rendered by markdown-it (GFM tables): rows of cell texts. */
function markdownTables(markdown: string): { heading: string; rows: string[][] }[] {
  const tokens = new MarkdownIt('commonmark').enable('table').parse(markdown, {});
  const tables: { heading: string; rows: string[][] }[] = [];
  let heading = '';
  let row: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open') heading = tokens[i + 1]!.content;
    if (token.type === 'table_open') tables.push({ heading, rows: [] });
    if (token.type === 'tr_open') row = [];
    if ((token.type === 'th_open' || token.type === 'td_open') && row) {
      // The inline token's children: text and softbreaks; `<br>` stays as raw html_inline.
      const inline = tokens[i + 1]!;
      row.push(
        inline.type === 'inline'
          ? (inline.children ?? []).map((child) => (child.type === 'html_inline' ? '\n' : child.content)).join('')
          : '',
      );
    }
    if (token.type === 'tr_close' && row) {
      tables.at(-1)!.rows.push(row);
      row = null;
    }
  }
  return tables;
}

describe('Markdown export', () => {
  const md = toMarkdown(model());
  const tables = markdownTables(md);
  const byHeading = (heading: string) => tables.find((t) => t.heading === heading)!;

  it('parses into the expected GFM tables', () => {
    expect(tables.map((t) => t.heading)).toEqual([
      'Overview',
      'Conversations by outcome',
      'Conversations by channel',
      'Conversations',
      'Opened this week',
      'Resolved this week',
      'Still open at week end',
      'Decisions',
      'Service criteria',
      // No call list table: B, C and E already count in the week's only open quest.
    ]);
    expect(byHeading('Overview').rows).toContainEqual(['Ratio (target 10 : 1)', '4 : 1']);
    expect(byHeading('Overview').rows).toContainEqual(['Owed', '7']);
    expect(byHeading('Conversations by outcome').rows).toEqual([
      ['Outcome', 'Count', 'Share'],
      ['Satisfied', '4', '67%'],
      ['Neutral', '1', '17%'],
      ['Complaint', '1', '17%'],
    ]);
  });

  it('keeps |, quotes, newlines and markup inside one cell', () => {
    const rows = byHeading('Conversations').rows;
    expect(rows[0]).toEqual(['Date', 'Client', 'Channel', 'Direction', 'Outcome', 'Summary']);
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row).toHaveLength(6);
    expect(rows[2]).toEqual([
      'Mon 23 Nov, 10:15',
      'Boris Beck (Beta Ltd)',
      'Meeting',
      'Director reached out',
      'Satisfied',
      'Renewal signed, "great" service | thanks',
    ]);
    expect(rows[5]![5]).toBe('Обсудили договор, «цены»\nвторая строка');
    expect(rows[3]![5]).toBe('=HYPERLINK("http://evil")');
  });

  it('does not let user text inject Markdown or HTML', () => {
    const input = summaryFixture();
    input.conversations[1]!.summary = '<script>alert(1)</script> **bold** [link](http://x) `code`';
    const html = new MarkdownIt('commonmark')
      .enable('table')
      .render(toMarkdown(buildWeeklySummary(input, { includePrivate: false, language: 'en' })));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<strong>bold');
    expect(html).not.toContain('<a href');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; **bold** [link](http://x) `code`');
  });

  it('is valid CommonMark (the reference parser reads every heading)', () => {
    const doc = new CommonmarkParser().parse(md);
    const headings: string[] = [];
    const walker = doc.walker();
    for (let step = walker.next(); step; step = walker.next()) {
      if (step.entering && step.node.type === 'heading') headings.push(step.node.firstChild?.literal ?? '');
    }
    expect(headings[0]).toBe('Weekly summary — 2026-W48');
    expect(headings).toContain('Meeting agenda');
  });

  it('lists the weakest criteria and the agenda', () => {
    expect(md).toContain('1. **Reliability**');
    expect(md).toContain('- **Иван Комаров** (Fri 27 Nov): Долго отвечают');
  });
});

describe('HTML export', () => {
  for (const language of ['en', 'ru'] as const) {
    it(`is one self-contained document with no external references (${language})`, () => {
      const html = toHtml(model(language, true));
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).not.toMatch(/\b(?:src|href|action|poster|srcset)\s*=/i);
      expect(html).not.toMatch(/@import/i);
      expect(html).not.toMatch(/url\s*\(/i);
      expect(html).not.toMatch(/<(?:link|script|img|iframe|object|embed)\b/i);
      // The only "http" is inside escaped user text.
      expect(html.match(/https?:\/\//g)).toEqual(['http://']);
      expect(html).toContain('=HYPERLINK(&quot;http://evil&quot;)');
      expect(html).toContain('@page');
      expect(html).toContain('size: A4');
    });
  }

  it('escapes user text', () => {
    const input = summaryFixture();
    input.conversations[1]!.summary = '<img src=x onerror=alert(1)>';
    const html = toHtml(buildWeeklySummary(input, { includePrivate: false, language: 'en' }));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('shows the same figures as the model', () => {
    const m = model();
    const html = toHtml(m);
    for (const f of m.figures)
      expect(html).toContain(
        `data-figure="${f.key}"><div class="label">${f.label}</div><div class="value">${f.value}</div>`,
      );
  });

  it('puts the week and page numbers in the page margins unless the PDF printer draws its own footer', () => {
    expect(toHtml(model())).toContain('counter(page)');
    expect(toHtml(model(), { pageFooter: false })).not.toContain('counter(page)');
  });
});

describe('CSV export', () => {
  const header = [
    'Date',
    'Week',
    'Client',
    'Organization',
    'Channel',
    'Direction',
    'Outcome',
    'Summary',
    'Criteria praised',
    'Criteria criticised',
  ];

  it('starts with a BOM and round-trips through papaparse with the same rows', () => {
    const m = model();
    const csv = toCsv(m);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(header);
    expect(parsed.data).toHaveLength(1 + m.conversations.length);
    expect(parsed.data[2]).toEqual([
      '2026-11-23 10:15',
      '2026-W48',
      'Boris Beck',
      'Beta Ltd',
      'Meeting',
      'Director reached out',
      'Satisfied',
      'Renewal signed, "great" service | thanks',
      'Competence',
      'Reliability',
    ]);
    expect(parsed.data[5]).toEqual([
      '2026-11-27 14:45',
      '2026-W48',
      'Иван Комаров',
      'ООО «Ромашка», Москва',
      'Phone call',
      'Director reached out',
      'Neutral',
      'Обсудили договор, «цены»\nвторая строка',
      'Courtesy',
      'Communication',
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const parsed = Papa.parse<string[]>(toCsv(model()).slice(1), { skipEmptyLines: true });
    const summaries = parsed.data.slice(1).map((r) => r[7]);
    expect(summaries).toContain(`'=HYPERLINK("http://evil")`);
    expect(summaries).toContain(`'+1 more order`);
    expect(summaries).toContain(`'@everyone -happy`);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseFormula('plain -1')).toBe('plain -1');
  });

  it('writes Russian headers and labels in a Russian summary', () => {
    const parsed = Papa.parse<string[]>(toCsv(model('ru')).slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]![0]).toBe('Дата');
    expect(parsed.data[1]![6]).toBe('Жалоба');
  });

  it('exports journal conversations with the same columns, leaving notes out', () => {
    const input = summaryFixture();
    const clients = new Map(input.clients.map((c) => [c.id, c]));
    const rows = input.conversations.map((conversation: Conversation) => ({
      conversation,
      client: clients.get(conversation.clientId),
    }));
    const csv = conversationsToCsv(rows, 'en');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).not.toContain('SECRET');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(header);
    expect(parsed.data).toHaveLength(1 + input.conversations.length);
    expect(parsed.data[1]).toEqual([
      '2026-11-22 23:59',
      '2026-W47',
      'Chen Li',
      'Gamma',
      'Phone call',
      'Client reached out',
      'Complaint',
      'Before the week',
      '',
      '',
    ]);
    expect(parsed.data.at(-1)![1]).toBe('2026-W49');
    expect(conversationsToCsv([{ conversation: input.conversations[0]!, client: undefined }], 'ru')).toContain(
      'Неизвестный клиент',
    );
  });

  it('builds the same file in parts (for progress on long exports)', () => {
    const input = summaryFixture();
    const rows = input.conversations.map((conversation: Conversation) => ({ conversation, client: input.clients[0] }));
    const whole = conversationsToCsv(rows, 'en');
    const parts = [
      conversationsToCsv(rows.slice(0, 4), 'en'),
      conversationsToCsv(rows.slice(4), 'en', { first: false }),
    ];
    expect(parts.join('\r\n')).toBe(whole);
    expect(parts[1]!.startsWith(CSV_BOM)).toBe(false);
  });
});

describe('file names', () => {
  it('names summary and journal exports', () => {
    expect(summaryFileName('2026-W48', 'md')).toBe('rapport-summary-2026-W48.md');
    expect(summaryFileName('2026-W48', 'pdf')).toBe('rapport-summary-2026-W48.pdf');
    expect(journalCsvFileName('2026-11-01', '2026-11-30', '2026-12-01')).toBe(
      'rapport-journal-2026-11-01-to-2026-11-30.csv',
    );
    expect(journalCsvFileName(null, null, '2026-12-01')).toBe('rapport-journal-all-2026-12-01.csv');
    expect(journalCsvFileName('2026-11-01', null, '2026-12-01')).toBe('rapport-journal-2026-11-01-to-2026-12-01.csv');
  });
});
