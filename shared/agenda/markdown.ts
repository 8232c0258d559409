/**
 * The meeting agenda as Markdown: a section of the weekly summary, or a document of its own.
 * User text is escaped like everywhere in the summary's Markdown.
 */
import { emptyLine, escapeMarkdown, table } from '../summary/markdownBlocks';
import type { AgendaItem, AgendaKindItem, AgendaSection, MeetingAgendaDocument } from './types';

export interface AgendaMarkdownOptions {
  /** Heading level of the agenda's parts (3 inside the summary, 2 in its own document). */
  level: 2 | 3;
  /** The weekly summary already names the weakest criteria in its criteria section. */
  weakest: boolean;
}

function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(text)}`;
}

function items(list: readonly AgendaItem[], empty: string): string {
  if (list.length === 0) return emptyLine(empty);
  return list
    .map((i) => `- **${escapeMarkdown(i.client)}** (${escapeMarkdown(i.date)}): ${escapeMarkdown(i.text)}`)
    .join('\n');
}

function kindItems(list: readonly AgendaKindItem[]): string {
  return list
    .map(
      (i) =>
        `- ${escapeMarkdown(i.kindLabel)} — **${escapeMarkdown(i.client)}** (${escapeMarkdown(i.date)}): ${escapeMarkdown(i.text)}`,
    )
    .join('\n');
}

export function agendaMarkdownBlocks(section: AgendaSection, options: AgendaMarkdownOptions): string[] {
  const { labels: l } = section;
  const c = l.columns;
  const h = options.level;
  const out: string[] = [escapeMarkdown(section.conversationsText)];

  out.push(heading(h, l.sections.byCriterion));
  if (section.byCriterion.length === 0) out.push(emptyLine(l.empty.criteria));
  for (const row of section.byCriterion) {
    out.push(heading(h + 1, row.label));
    out.push(escapeMarkdown([row.praisedText, row.criticisedText].filter(Boolean).join(' · ')));
    const said = [...row.good, ...row.bad];
    if (said.length > 0) out.push(kindItems(said));
  }
  if (section.unlinked.length > 0) {
    out.push(heading(h + 1, l.sections.unlinked));
    out.push(kindItems(section.unlinked));
  }

  out.push(heading(h, l.sections.words));
  out.push(
    section.words.length === 0
      ? emptyLine(l.empty.words)
      : table(
          [c.word, c.conversations, c.likes, c.dislikes, c.whyStay, c.clients],
          section.words.map((w) => [
            w.word,
            String(w.conversations),
            String(w.likes),
            String(w.dislikes),
            String(w.whyStay),
            w.clients.join(', '),
          ]),
          ['left', 'right', 'right', 'right', 'right', 'left'],
        ),
  );

  out.push(heading(h, l.sections.likes), items(section.likes, l.empty.statements));
  out.push(heading(h, l.sections.dislikes), items(section.dislikes, l.empty.statements));
  out.push(heading(h, l.sections.whyStay), items(section.whyStay, l.empty.statements));

  if (options.weakest) {
    out.push(heading(h, l.sections.weakest));
    out.push(
      section.weakest.length === 0
        ? emptyLine(l.empty.weakest)
        : section.weakest
            .map(
              (r, i) =>
                `${i + 1}. **${escapeMarkdown(r.label)}** — ${escapeMarkdown(`${c.praised}: ${r.praised}, ${c.criticised}: ${r.criticised}`)}`,
            )
            .join('\n'),
    );
  }

  out.push(heading(h, l.sections.disputes));
  if (section.disputesByRootCause.length === 0) out.push(emptyLine(l.empty.disputes));
  for (const group of section.disputesByRootCause) {
    out.push(`**${escapeMarkdown(group.label)}** — ${escapeMarkdown(group.countText)}`);
    out.push(
      group.disputes
        .map(
          (d) =>
            `- ${escapeMarkdown(d.title)} (${escapeMarkdown(d.client)}, ${escapeMarkdown(d.statusLabel)})${d.private ? ` (${escapeMarkdown(l.private)})` : ''}`,
        )
        .join('\n'),
    );
  }
  return out;
}

export function agendaToMarkdown(doc: MeetingAgendaDocument): string {
  const blocks = [
    `# ${escapeMarkdown(`${doc.title} — ${doc.periodLabel}`)}`,
    escapeMarkdown(doc.privacyNote),
    ...agendaMarkdownBlocks(doc.agenda, { level: 2, weakest: true }),
  ];
  return `${blocks.join('\n\n')}\n`;
}
