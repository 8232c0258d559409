/**
 * The page footer Chromium draws when printing the summary to PDF (Electron's `printToPDF` and
 * the tests' `page.pdf`, option `footerTemplate`): the week on the left, "page / pages" on the
 * right. Chromium fills the `pageNumber` and `totalPages` spans. The template is rendered
 * without the document's styles, so it carries its own.
 */
import { escapeHtml } from './html';

export function pdfFooterTemplate(footer: string): string {
  return `<div style="width:100%;margin:0 14mm;font-family:system-ui,'DejaVu Sans',Arial,sans-serif;font-size:8px;color:#8a93a3;display:flex;justify-content:space-between;"><span>${escapeHtml(
    footer,
  )}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

/** An empty header: Chromium's default one prints the date and title. */
export const PDF_HEADER_TEMPLATE = '<div></div>';
