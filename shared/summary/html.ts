/**
 * The weekly summary as one self-contained, printable HTML document: inline CSS, system fonts,
 * no external reference of any kind (no links, images, fonts or imports), so it opens the same
 * offline, in a mail client, and when printed to PDF. The same document is the live preview.
 */
import type { Figure, SummaryDispute, WeeklySummary } from './types';
import { AGENDA_CSS, agendaHtml } from '../agenda/html';
import { signed } from './markdownBlocks';
import { badge, empty, escapeHtml, htmlDocument, text, th, type HtmlOptions } from './htmlPage';

export { escapeHtml, type HtmlOptions } from './htmlPage';

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
    `<p class="dates"><strong>${escapeHtml(model.dateRange)}</strong>${
      model.progress.note ? ` <span class="so-far">(${escapeHtml(model.progress.note)})</span>` : ''
    } · <span class="week">${escapeHtml(model.weekLabel)}</span></p>`,
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
      `<div><h3>${escapeHtml(l.sections.weakest)}</h3>${
        model.criteria.weakest.length === 0
          ? empty(l.empty.weakest)
          : `<ol class="weakest">${model.criteria.weakest
              .map(
                (r) =>
                  `<li><strong>${escapeHtml(r.label)}</strong> <span class="sub">${escapeHtml(`${c.praisedCount}: ${r.praised} · ${c.criticisedCount}: ${r.criticised}`)}</span></li>`,
              )
              .join('')}</ol>`
      }</div></div>`,
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
  add(agendaHtml(model.agenda, { level: 3, weakest: false }));
  add(`</section>`);
  add(`<footer class="doc">${escapeHtml(model.footer)}</footer>`);

  return htmlDocument({
    language: model.language,
    title: `${model.title} — ${model.week}`,
    footer: model.footer,
    body: parts.join('\n'),
    options,
    extraCss: AGENDA_CSS,
  });
}
