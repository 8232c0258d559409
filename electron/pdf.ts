/**
 * HTML → PDF with Chromium's printer (`webContents.printToPDF`): the summary's own HTML is
 * loaded into a hidden, sandboxed window with JavaScript off, printed on A4 with a footer
 * that carries the week and "page X of Y", and the window is destroyed.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../shared/domain/settings';
import { createI18n } from '../shared/i18n/createI18n';

/** The subset of Electron's PrintToPDFOptions used here (checked against the real type in main.ts). */
export interface PdfOptions {
  pageSize: 'A4';
  printBackground: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface PdfWindowLike {
  loadFile(filePath: string): Promise<void>;
  webContents: { printToPDF(options: PdfOptions): Promise<Uint8Array> };
  destroy(): void;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The language the document declares (`<html lang="ru">`), so the footer matches the text. */
export function documentLanguage(html: string): Language {
  const match = /<html[^>]*\blang\s*=\s*["']?([a-zA-Z-]+)/i.exec(html);
  return match?.[1]?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/**
 * Chromium fills `.pageNumber` and `.totalPages`; the template needs its own font size
 * (the default is too small to read) and lives in the bottom margin.
 */
export function footerTemplate(footer: string, language: Language): string {
  const t = createI18n(language).getFixedT(language, 'menu');
  const pageOf = t('print.pageOf', {
    page: '<span class="pageNumber"></span>',
    total: '<span class="totalPages"></span>',
  });
  return (
    '<div style="font-family: system-ui, sans-serif; font-size: 8pt; color: #555; width: 100%; ' +
    'margin: 0 15mm; display: flex; justify-content: space-between;">' +
    `<span>${escapeHtml(footer)}</span><span>${pageOf}</span></div>`
  );
}

export function pdfOptions(footer: string, language: Language): PdfOptions {
  return {
    pageSize: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    // An empty header: Chromium's default prints the date and the file URL.
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(footer, language),
    margins: { top: 0.6, bottom: 0.75, left: 0.6, right: 0.6 },
  };
}

/**
 * Renders `html` to PDF bytes. The HTML goes through a temporary file (data: URLs have size
 * limits); `allowFile` lets the printer's session load that one file while it prints (see
 * `guardPdfSession`) and returns the function that takes it back.
 */
export async function renderPdf(
  html: string,
  footer: string,
  createWindow: () => PdfWindowLike,
  allowFile: (file: string) => () => void = () => () => undefined,
): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-pdf-'));
  const file = path.join(dir, 'summary.html');
  const revoke = allowFile(file);
  const win = createWindow();
  try {
    await fs.writeFile(file, html, 'utf8');
    await win.loadFile(file);
    return await win.webContents.printToPDF(pdfOptions(footer, documentLanguage(html)));
  } finally {
    win.destroy();
    revoke();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
