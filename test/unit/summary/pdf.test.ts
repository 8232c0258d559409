// The PDF export prints the summary's HTML with Chromium (Electron's printToPDF in the app).
// Here the same HTML goes through Debian's Chromium and the PDF's text is read back with unpdf.
import './tz-moscow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/harness';
import { buildWeeklySummary } from '../../../shared/summary/model';
import { toHtml } from '../../../shared/summary/html';
import { pdfOptions } from '../../../electron/pdf';
import { summaryFixture } from '../../fixtures/summary-week';

const hasChromium = existsSync(CHROMIUM_PATH);

/** Prints as the app's main process does (electron/pdf.ts options: A4, footer template, margins in inches). */
async function printPdf(
  browser: Browser,
  html: string,
  footer: string,
  language: 'en' | 'ru' = 'en',
): Promise<Uint8Array> {
  const options = pdfOptions(footer, language);
  const inches = (n: number) => `${n}in`;
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    const pdf = await page.pdf({
      format: options.pageSize,
      printBackground: options.printBackground,
      displayHeaderFooter: options.displayHeaderFooter,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      margin: {
        top: inches(options.margins.top),
        bottom: inches(options.margins.bottom),
        left: inches(options.margins.left),
        right: inches(options.margins.right),
      },
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocumentProxy(bytes.slice()); // pdf.js takes ownership of the buffer
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}

describe.skipIf(!hasChromium)('PDF export (Chromium)', () => {
  let browser: Browser;
  const outDir = mkdtempSync(path.join(tmpdir(), 'rapport-pdf-'));
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('is an A4 PDF whose text holds the week, its figures and page numbers', async () => {
    const model = buildWeeklySummary(summaryFixture(), { includePrivate: false, language: 'en' });
    const bytes = await printPdf(browser, toHtml(model, { pageFooter: false }), model.footer);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    writeFileSync(path.join(outDir, 'summary.pdf'), bytes);

    const doc = await getDocumentProxy(bytes.slice()); // pdf.js takes ownership of the buffer
    const viewport = (await doc.getPage(1)).getViewport({ scale: 1 });
    // A4 is 595.3 × 841.9 points; Chromium rounds to whole pixels.
    expect(Math.abs(viewport.width - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(viewport.height - 841.9)).toBeLessThan(1.5);

    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Weekly summary');
    expect(text).toContain('23–29 November 2026');
    expect(text).toContain('Week 2026-W48');
    expect(text).toContain('Ratio (target 10 : 1)');
    expect(text).toContain('4 : 1');
    expect(text).toContain('7 more satisfied clients are owed');
    expect(text).toContain('Invoice wrong, again');
    // Footer on every page: the week and "page / pages".
    expect(text.match(/Rapport · 2026-W48/g)).toHaveLength(pages);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).not.toContain('Private chat about the merger');
  });

  it('prints Russian text (Cyrillic survives)', async () => {
    const model = buildWeeklySummary(summaryFixture(), { includePrivate: false, language: 'ru' });
    const { text } = await pdfText(await printPdf(browser, toHtml(model, { pageFooter: false }), model.footer, 'ru'));
    expect(text).toContain('Отчёт за неделю');
    expect(text).toContain('23–29 ноября 2026');
    expect(text).toContain('Обсудили договор');
    expect(text).toContain('Кому позвонить на следующей неделе');
    expect(text).toMatch(/Страница 1 из \d/);
  });

  it('prints the week and page numbers from the CSS page margins when no footer template is used (browser print)', async () => {
    const model = buildWeeklySummary(summaryFixture(), { includePrivate: false, language: 'en' });
    const page = await browser.newPage();
    await page.setContent(toHtml(model));
    const bytes = new Uint8Array(await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const { pages, text } = await pdfText(bytes);
    expect(text.match(/Rapport · 2026-W48/g)).toHaveLength(pages);
    expect(text.replace(/ /g, '')).toContain(`1/${pages}`);
  });
});
