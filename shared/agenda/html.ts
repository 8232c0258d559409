/**
 * The meeting agenda as HTML: a section of the weekly summary's document, or a printable
 * document of its own (the PDF export), with the summary's page and styles.
 */
import { badge, empty, escapeHtml, htmlDocument, text, th, type HtmlOptions } from '../summary/htmlPage';
import type { AgendaItem, AgendaKindItem, AgendaSection, MeetingAgendaDocument } from './types';

export const AGENDA_CSS = `
.criterion { break-inside: avoid; page-break-inside: avoid; margin: 0 0 10px; }
.criterion h4 { font-size: 10pt; margin: 10px 0 2px; }
.criterion .counts { margin: 0 0 2px; font-size: 9pt; }
.kind { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin-right: 4px; }
.kind.dislikes { color: var(--bad); }
.kind.likes, .kind.whyStay { color: var(--good); }
.root-cause { margin: 8px 0 2px; }
`;

function items(list: readonly AgendaItem[], emptyText: string): string {
  if (list.length === 0) return empty(emptyText);
  return `<ul class="agenda">${list
    .map(
      (i) =>
        `<li><strong>${escapeHtml(i.client)}</strong> <span class="sub">${escapeHtml(i.date)}</span> — ${text(i.text)}</li>`,
    )
    .join('')}</ul>`;
}

function kindItems(list: readonly AgendaKindItem[]): string {
  return `<ul class="agenda">${list
    .map(
      (i) =>
        `<li><span class="kind ${i.kind}">${escapeHtml(i.kindLabel)}</span><strong>${escapeHtml(i.client)}</strong> <span class="sub">${escapeHtml(i.date)}</span> — ${text(i.text)}</li>`,
    )
    .join('')}</ul>`;
}

export function agendaHtml(section: AgendaSection, options: { level: 2 | 3; weakest: boolean }): string {
  const { labels: l } = section;
  const c = l.columns;
  const h = `h${options.level}`;
  const hh = `h${options.level + 1}`;
  const out: string[] = [`<p class="counts">${escapeHtml(section.conversationsText)}</p>`];
  const title = (label: string) => out.push(`<${h}>${escapeHtml(label)}</${h}>`);

  title(l.sections.byCriterion);
  if (section.byCriterion.length === 0) out.push(empty(l.empty.criteria));
  for (const row of section.byCriterion) {
    const said = [...row.good, ...row.bad];
    out.push(
      `<div class="criterion"><${hh}>${escapeHtml(row.label)}</${hh}><p class="counts">${escapeHtml(
        [row.praisedText, row.criticisedText].filter(Boolean).join(' · '),
      )}</p>${said.length > 0 ? kindItems(said) : ''}</div>`,
    );
  }
  if (section.unlinked.length > 0) {
    out.push(
      `<div class="criterion"><${hh}>${escapeHtml(l.sections.unlinked)}</${hh}>${kindItems(section.unlinked)}</div>`,
    );
  }

  title(l.sections.words);
  if (section.words.length === 0) out.push(empty(l.empty.words));
  else {
    const body = section.words
      .map(
        (w) =>
          `<tr><td>${escapeHtml(w.word)}</td><td class="num">${w.conversations}</td><td class="num">${w.likes}</td><td class="num">${w.dislikes}</td><td class="num">${w.whyStay}</td><td>${escapeHtml(w.clients.join(', '))}</td></tr>`,
      )
      .join('');
    out.push(
      `<table><thead><tr>${th(c.word)}${th(c.conversations, true)}${th(c.likes, true)}${th(c.dislikes, true)}${th(c.whyStay, true)}${th(c.clients)}</tr></thead><tbody>${body}</tbody></table>`,
    );
  }

  title(l.sections.likes);
  out.push(items(section.likes, l.empty.statements));
  title(l.sections.dislikes);
  out.push(items(section.dislikes, l.empty.statements));
  title(l.sections.whyStay);
  out.push(items(section.whyStay, l.empty.statements));

  if (options.weakest) {
    title(l.sections.weakest);
    out.push(
      section.weakest.length === 0
        ? empty(l.empty.weakest)
        : `<ol class="weakest">${section.weakest
            .map(
              (r) =>
                `<li><strong>${escapeHtml(r.label)}</strong> <span class="sub">${escapeHtml(`${c.praised}: ${r.praised} · ${c.criticised}: ${r.criticised}`)}</span></li>`,
            )
            .join('')}</ol>`,
    );
  }

  title(l.sections.disputes);
  if (section.disputesByRootCause.length === 0) out.push(empty(l.empty.disputes));
  for (const group of section.disputesByRootCause) {
    out.push(
      `<p class="root-cause"><strong>${escapeHtml(group.label)}</strong> <span class="sub">${escapeHtml(group.countText)}</span></p>`,
    );
    out.push(
      `<ul class="agenda">${group.disputes
        .map(
          (d) =>
            `<li>${escapeHtml(d.title)} <span class="sub">${escapeHtml(`${d.client} · ${d.statusLabel}`)}</span>${d.private ? ` ${badge(l.private, 'private')}` : ''}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  return out.join('\n');
}

export function agendaToHtml(doc: MeetingAgendaDocument, options: HtmlOptions = {}): string {
  const body = [
    `<header class="doc"><div class="brand">Rapport</div>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="dates"><strong>${escapeHtml(doc.periodLabel)}</strong></p>`,
    `<p class="privacy${doc.includePrivate ? ' included' : ''}">${escapeHtml(doc.privacyNote)}</p></header>`,
    `<section>${agendaHtml(doc.agenda, { level: 2, weakest: true })}</section>`,
    `<footer class="doc">${escapeHtml(doc.footer)}</footer>`,
  ].join('\n');
  return htmlDocument({
    language: doc.language,
    title: `${doc.title} — ${doc.periodLabel}`,
    footer: doc.footer,
    body,
    options,
    extraCss: AGENDA_CSS,
  });
}
