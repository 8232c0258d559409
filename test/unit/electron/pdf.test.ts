import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentLanguage, footerTemplate, pdfOptions, renderPdf, type PdfOptions } from '../../../electron/pdf';

describe('PDF footer', () => {
  it('prints the footer text and "page X of Y" with Chromium’s classes', () => {
    const html = footerTemplate('Week 2026-W48 <Acme & Co>', 'en');
    expect(html).toContain('Week 2026-W48 &#60;Acme &#38; Co&#62;');
    expect(html).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(html).toMatch(/font-size:\s*\d/);
  });

  it('follows the document language', () => {
    expect(documentLanguage('<!doctype html><html lang="ru"><body>')).toBe('ru');
    expect(documentLanguage('<html lang=en-GB>')).toBe('en');
    expect(documentLanguage('<p>no html tag</p>')).toBe('en');
    expect(footerTemplate('Неделя 48', 'ru')).toContain('Страница <span class="pageNumber"></span> из');
  });

  it('prints A4 with header and footer', () => {
    const options = pdfOptions('2026-W48', 'en');
    expect(options).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true, headerTemplate: '<span></span>' });
    expect(options.margins.bottom).toBeGreaterThan(0.5);
  });
});

describe('renderPdf', () => {
  it('loads the HTML from a temporary file, prints it, then destroys the window and the file', async () => {
    let loaded = '';
    let loadedHtml = '';
    let printed: PdfOptions | null = null;
    let destroyed = false;
    const bytes = await renderPdf('<html lang="ru"><p>Сводка</p></html>', 'Неделя 2026-W48', () => ({
      loadFile: async (file) => {
        loaded = file;
        loadedHtml = readFileSync(file, 'utf8');
      },
      webContents: {
        printToPDF: async (options) => {
          printed = options;
          return new Uint8Array([1, 2, 3]);
        },
      },
      destroy: () => {
        destroyed = true;
      },
    }));
    expect(bytes).toEqual(new Uint8Array([1, 2, 3]));
    expect(loadedHtml).toContain('Сводка');
    expect(printed).toMatchObject({ pageSize: 'A4', footerTemplate: expect.stringContaining('Неделя 2026-W48') });
    expect(destroyed).toBe(true);
    expect(existsSync(loaded)).toBe(false);
  });

  it('destroys the window even when printing fails', async () => {
    let destroyed = false;
    await expect(
      renderPdf('<p>', 'x', () => ({
        loadFile: async () => undefined,
        webContents: {
          printToPDF: async () => {
            throw new Error('Printing failed');
          },
        },
        destroy: () => {
          destroyed = true;
        },
      })),
    ).rejects.toThrow('Printing failed');
    expect(destroyed).toBe(true);
  });
});
