/**
 * The weekly summary as one self-contained, printable HTML document: inline CSS, system fonts,
 * no external reference of any kind (no links, images, fonts or imports), so it opens the same
 * offline, in a mail client, and when printed to PDF. The same document is the live preview.
 */
import type { AgendaItem, Figure, SummaryDispute, WeeklySummary } from './types';
import { signed } from './markdown';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;',
  );
}

/** Escaped text with line breaks kept. */
function text(value: string): string {
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

function pageFooterCss(model: WeeklySummary): string {
  return `
@page {
  @bottom-left { content: ${cssString(model.footer)}; font: 8pt ${FONT}; color: #8a93a3; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt ${FONT}; color: #8a93a3; }
}`;
}

function th(label: string, numeric = false): string {
  return `<th${numeric ? ' class="num"' : ''} scope="col">${escapeHtml(label)}</th>`;
}

function badge(label: string, kind: string): string {
  return `<span class="badge ${kind}">${escapeHtml(label)}</span>`;
}

function empty(message: string): string {
  return `<p class="empty">${escapeHtml(message)}</p>`;
}

function figure(f: Figure): string {
  return `<div class="figure ${f.tone}" data-figure="${f.key}"><div class="label">${escapeHtml(f.label)}</div><div class="value">${escapeHtml(f.value)}</div></div>`;
}

function countTable(
  title: string,
  headers: [string, string, string],
  rows: { label: string; count: number; share: string }[],
  emptyText: string,
  max: number,
): string {
  if (rows.length === 0) return `<div><h2>${escapeHtml(title)}</h2>${empty(emptyText)}</div>`;
  const body = rows
    .map((r) => {
      const width = max === 0 ? 0 : Math.round((r.count / max) * 100);
      return `<tr><td>${escapeHtml(r.label)}</td><td class="num">${r.count}</td><td class="num">${escapeHtml(r.share)}</td><td class="bar-cell"><span class="bar" style="width:${width}%"></span></td></tr>`;
    })
    .join('');
  return `<div><h2>${escapeHtml(title)}</h2><table><thead><tr>${th(headers[0])}${th(headers[1], true)}${th(headers[2], true)}<th aria-hidden="true"></th></tr></thead><tbody>${body}</tbody></table></div>`;
}

export function toHtml(model: WeeklySummary, options: HtmlOptions = {}): string {
  const { labels: l } = model;
  const c = l.columns;
  const parts: string[] = [];
  const add = (html: string) => parts.push(html);

  add(`<header class="doc"><div class="brand">Rapport</div>`);
  add(`<h1>${escapeHtml(model.title)}</h1>`);
  add(
    `<p class="dates"><strong>${escapeHtml(model.dateRange)}</strong> · <span class="week">${escapeHtml(model.weekLabel)}</span></p>`,
  );
  add(`<p class="privacy${model.includePrivate ? ' included' : ''}">${escapeHtml(model.privacyNote)}</p></header>`);

  add(
    `<section aria-label="${escapeHtml(l.sections.overview)}"><div class="figures">${model.figures.map(figure).join('')}</div>`,
  );
  add(`<p class="owed">${escapeHtml(model.balance.owedText)}</p></section>`);

  const maxCount = Math.max(0, ...model.byOutcome.map((r) => r.count));
  add(
    `<section class="split">${countTable(l.sections.outcomes, [c.outcome, c.count, c.share], model.byOutcome, l.empty.conversations, maxCount)}${countTable(
      l.sections.channels,
      [c.channel, c.count, c.share],
      model.byChannel,
      l.empty.conversations,
      maxCount,
    )}</section>`,
  );

  add(`<section><h2>${escapeHtml(l.sections.conversations)}</h2>`);
  if (model.conversations.length === 0) add(empty(l.empty.conversations));
  else {
    const rows = model.conversations
      .map((v) => {
        const flags = [v.private ? badge(l.private, 'private') : '', v.incognito ? badge(l.incognito, 'neutral') : '']
          .join(' ')
          .trim();
        return `<tr><td class="nowrap">${escapeHtml(v.date)}</td><td>${escapeHtml(v.client)}${
          v.organization ? `<div class="sub">${escapeHtml(v.organization)}</div>` : ''
        }</td><td>${escapeHtml(v.channelLabel)}<div class="sub">${escapeHtml(v.directionLabel)}</div></td><td>${badge(v.outcomeLabel, v.outcome)}</td><td class="summary">${
          flags ? `${flags} ` : ''
        }${text(v.summary)}</td></tr>`;
      })
      .join('');
    add(
      `<table><thead><tr>${th(c.date)}${th(c.client)}${th(`${c.channel} / ${c.direction}`)}${th(c.outcome)}${th(c.summary)}</tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  add(`</section>`);

  add(`<section><h2>${escapeHtml(l.sections.disputes)}</h2>`);
  const disputeTable = (title: string, rows: SummaryDispute[]) => {
    add(`<h3>${escapeHtml(title)}</h3>`);
    if (rows.length === 0) return add(empty(l.empty.disputes));
    const body = rows
      .map(
        (d) =>
          `<tr><td>${d.private ? `${badge(l.private, 'private')} ` : ''}${text(d.title)}<div class="sub">${escapeHtml(d.rootCauseLabel)}</div></td><td>${escapeHtml(
            d.client,
          )}</td><td class="nowrap">${escapeHtml(d.openedOn)}</td><td>${escapeHtml(d.statusLabel)}<div class="sub">${escapeHtml(
            d.severityLabel,
          )}</div></td><td>${escapeHtml(d.planText)}</td></tr>`,
      )
      .join('');
    // Fixed widths so the three dispute tables line up under each other.
    add(
      `<table class="fixed"><colgroup><col style="width:28%"><col style="width:18%"><col style="width:14%"><col style="width:17%"><col style="width:23%"></colgroup><thead><tr>${th(
        c.title,
      )}${th(c.client)}${th(c.openedOn)}${th(`${c.status} / ${c.severity}`)}${th(c.plan)}</tr></thead><tbody>${body}</tbody></table>`,
    );
  };
  disputeTable(l.sections.disputesOpened, model.disputes.opened);
  disputeTable(l.sections.disputesResolved, model.disputes.resolved);
  disputeTable(l.sections.disputesOpen, model.disputes.openAtEnd);
  add(`</section>`);

  add(
    `<section><h2>${escapeHtml(l.sections.decisions)}</h2><p class="counts">${escapeHtml(model.decisions.countsText)}</p>`,
  );
  if (model.decisions.rows.length === 0) add(empty(l.empty.decisions));
  else {
    const body = model.decisions.rows
      .map(
        (d) =>
          `<tr><td class="nowrap">${escapeHtml(d.decidedOn)}</td><td>${escapeHtml(d.client)}</td><td>${text(d.decision)}</td><td>${text(
            d.promised,
          )}</td><td>${escapeHtml(d.owner)}</td><td class="nowrap">${escapeHtml(d.due)}${
            d.overdue ? `<div>${badge(l.overdue, 'overdue')}</div>` : ''
          }</td><td>${escapeHtml(d.statusLabel)}</td></tr>`,
      )
      .join('');
    add(
      `<table><thead><tr>${th(c.decidedOn)}${th(c.client)}${th(c.decision)}${th(c.promised)}${th(c.owner)}${th(c.due)}${th(
        c.status,
      )}</tr></thead><tbody>${body}</tbody></table>`,
    );
  }
  add(`</section>`);

  add(`<section><h2>${escapeHtml(l.sections.criteria)}</h2>`);
  if (!model.criteria.mentioned) add(empty(l.empty.criteria));
  else {
    const body = model.criteria.rows
      .map(
        (r) =>
          `<tr><td>${escapeHtml(r.label)}</td><td class="num">${r.praised}</td><td class="num">${r.criticised}</td><td class="num">${escapeHtml(signed(r.balance))}</td></tr>`,
      )
      .join('');
    add(
      `<div class="split"><div><table><thead><tr>${th(c.criterion)}${th(c.praisedCount, true)}${th(c.criticisedCount, true)}${th(c.balance, true)}</tr></thead><tbody>${body}</tbody></table></div>`,
    );
    add(
      `<div><h3>${escapeHtml(l.sections.weakest)}</h3><ol class="weakest">${model.criteria.weakest
        .map(
          (r) =>
            `<li><strong>${escapeHtml(r.label)}</strong> <span class="sub">${escapeHtml(`${c.praisedCount}: ${r.praised} · ${c.criticisedCount}: ${r.criticised}`)}</span></li>`,
        )
        .join('')}</ol></div></div>`,
    );
  }
  add(`</section>`);

  add(`<section><h2>${escapeHtml(l.sections.callList)}</h2>`);
  if (model.callList.length === 0) add(empty(l.empty.callList));
  else {
    const body = model.callList
      .map(
        (r) =>
          `<tr><td>${escapeHtml(r.client)}${r.vip ? ` ${badge(l.vip, 'vip')}` : ''}</td><td>${escapeHtml(r.organization)}</td><td class="nowrap">${escapeHtml(
            r.lastContact,
          )}</td><td class="num">${r.daysSince}</td></tr>`,
      )
      .join('');
    add(
      `<table><thead><tr>${th(c.client)}${th(c.organization)}${th(c.lastContact)}${th(c.daysSince, true)}</tr></thead><tbody>${body}</tbody></table>`,
    );
  }
  add(`</section>`);

  add(`<section><h2>${escapeHtml(l.sections.agenda)}</h2>`);
  const agenda = (title: string, items: AgendaItem[]) => {
    add(`<h3>${escapeHtml(title)}</h3>`);
    if (items.length === 0) return add(empty(l.empty.agenda));
    add(
      `<ul class="agenda">${items
        .map(
          (i) =>
            `<li><strong>${escapeHtml(i.client)}</strong> <span class="sub">${escapeHtml(i.date)}</span> — ${text(i.text)}</li>`,
        )
        .join('')}</ul>`,
    );
  };
  agenda(l.sections.likes, model.agenda.likes);
  agenda(l.sections.dislikes, model.agenda.dislikes);
  agenda(l.sections.whyStay, model.agenda.whyStay);
  add(`</section>`);
  add(`<footer class="doc">${escapeHtml(model.footer)}</footer>`);

  const css = CSS + (options.pageFooter === false ? '' : pageFooterCss(model)) + (options.embedded ? EMBEDDED_CSS : '');
  return `<!doctype html>
<html lang="${model.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${model.title} — ${model.week}`)}</title>
<style>${css}</style>
</head>
<body>
<main class="page">
${parts.join('\n')}
</main>
</body>
</html>
`;
}
