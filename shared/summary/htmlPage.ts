/**
 * The printable HTML page shared by the weekly summary and the meeting agenda: inline CSS, system
 * fonts, A4, no external reference of any kind, and small escaping helpers.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;',
  );
}

/** Escaped text with line breaks kept. */
export function text(value: string): string {
  return escapeHtml(value).replace(/\r\n?|\n/g, '<br>');
}

/** A CSS string literal (for `content:` in @page boxes). */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (ch) => `\\${ch}`).replace(/[\r\n]/g, ' ')}"`;
}

export interface HtmlOptions {
  /**
   * Print the week and page numbers in the page margins with CSS (the browser's print dialog).
   * Off when the PDF printer draws its own footer (Electron's printToPDF footerTemplate).
   */
  pageFooter?: boolean;
  /** Shown inside the app (the live preview): no grey desk around the page. */
  embedded?: boolean;
}

const EMBEDDED_CSS = `
body { background: transparent; }
.page { margin: 2px auto 12px; }
`;

const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif`;

const CSS = `
:root {
  --ink: #1b2330; --muted: #5d6778; --faint: #8a93a3; --line: #dfe3ea; --soft: #f3f5f8;
  --accent: #2f5bd3; --good: #1f7a50; --good-soft: #e3f3ea; --bad: #b3400d; --bad-soft: #fcebe1;
  --warn: #8f5600; --warn-soft: #fff2d9; --neutral-soft: #eceef2;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: #e9ecf1; color: var(--ink);
  font-family: ${FONT};
  font-size: 10.5pt; line-height: 1.45;
}
.page {
  max-width: 210mm; margin: 24px auto; padding: 18mm 16mm 20mm; background: #fff;
  box-shadow: 0 1px 3px rgba(16, 24, 40, 0.12), 0 8px 24px rgba(16, 24, 40, 0.08);
}
header.doc { border-bottom: 2px solid var(--ink); padding-bottom: 10px; margin-bottom: 16px; }
.brand { font-size: 8.5pt; letter-spacing: 0.14em; text-transform: uppercase; color: var(--muted); font-weight: 650; }
h1 { font-size: 21pt; line-height: 1.15; margin: 4px 0 2px; font-weight: 700; letter-spacing: -0.01em; }
.dates { font-size: 12pt; color: var(--ink); margin: 0; }
.dates .week { color: var(--muted); font-variant-numeric: tabular-nums; }
.privacy { margin: 6px 0 0; font-size: 9pt; color: var(--muted); }
.privacy.included { color: var(--bad); font-weight: 650; }
h2 {
  font-size: 13pt; margin: 22px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line);
  break-after: avoid; page-break-after: avoid;
}
h3 { font-size: 10.5pt; margin: 14px 0 6px; color: var(--ink); break-after: avoid; page-break-after: avoid; }
p { margin: 6px 0; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; margin: 0 0 8px; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; break-inside: avoid; }
.figure .label { font-size: 8.5pt; color: var(--muted); line-height: 1.25; min-height: 2.5em; }
.figure .value { font-size: 16pt; font-weight: 700; font-variant-numeric: tabular-nums; margin-top: 2px; white-space: nowrap; }
.figure.good .value { color: var(--good); }
.figure.bad .value { color: var(--bad); }
.figure.warning .value { color: var(--warn); }
.owed { color: var(--muted); }
.split { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.split h2 { margin-top: 18px; }
table { width: 100%; border-collapse: collapse; margin: 4px 0 6px; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th {
  text-align: left; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted);
  font-weight: 650; border-bottom: 1.5px solid var(--ink); padding: 4px 6px;
}
td { border-bottom: 1px solid var(--line); padding: 5px 6px; vertical-align: top; overflow-wrap: break-word; }
table.fixed { table-layout: fixed; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
td.summary { width: 38%; }
.bar { display: inline-block; height: 7px; border-radius: 4px; background: var(--accent); vertical-align: middle; opacity: 0.75; }
.bar-cell { width: 28%; }
.badge {
  display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 8pt; font-weight: 650; white-space: nowrap;
  background: var(--neutral-soft); color: var(--muted);
}
.badge.satisfied { background: var(--good-soft); color: var(--good); }
.badge.complaint { background: var(--bad-soft); color: var(--bad); }
.badge.private { background: #ece7f8; color: #5b3fa8; }
.badge.vip { background: #fff1cc; color: #7a5000; }
.badge.overdue { background: var(--bad-soft); color: var(--bad); }
.sub { color: var(--muted); font-size: 8.5pt; }
.empty { color: var(--faint); font-style: italic; }
ol.weakest { margin: 4px 0; padding-left: 20px; }
ol.weakest li { margin: 2px 0; }
ul.agenda { margin: 4px 0; padding-left: 18px; }
ul.agenda li { margin: 3px 0; break-inside: avoid; }
.counts { color: var(--muted); }
footer.doc { margin-top: 24px; padding-top: 6px; border-top: 1px solid var(--line); font-size: 8pt; color: var(--faint); }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { background: #fff; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  footer.doc { display: none; }
}
`;

function pageFooterCss(footer: string): string {
  return `
@page {
  @bottom-left { content: ${cssString(footer)}; font: 8pt ${FONT}; color: #8a93a3; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt ${FONT}; color: #8a93a3; }
}`;
}

export function th(label: string, numeric = false): string {
  return `<th${numeric ? ' class="num"' : ''} scope="col">${escapeHtml(label)}</th>`;
}

export function badge(label: string, kind: string): string {
  return `<span class="badge ${kind}">${escapeHtml(label)}</span>`;
}

export function empty(message: string): string {
  return `<p class="empty">${escapeHtml(message)}</p>`;
}

/** The printable page around a document's body: inline CSS, A4, footer in the margin if asked. */
export function htmlDocument(args: {
  language: string;
  title: string;
  footer: string;
  body: string;
  options: HtmlOptions;
  extraCss?: string;
}): string {
  const { options } = args;
  const css =
    CSS +
    (args.extraCss ?? '') +
    (options.pageFooter === false ? '' : pageFooterCss(args.footer)) +
    (options.embedded ? EMBEDDED_CSS : '');
  return `<!doctype html>
<html lang="${escapeHtml(args.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(args.title)}</title>
<style>${css}</style>
</head>
<body>
<main class="page">
${args.body}
</main>
</body>
</html>
`;
}
