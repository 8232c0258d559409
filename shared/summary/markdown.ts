/**
 * The weekly summary as Markdown: headings, GFM tables and lists, valid CommonMark. User text is
 * escaped so a summary can never break a table or inject markup.
 */
import type { SummaryDispute, WeeklySummary } from './types';
import { agendaMarkdownBlocks } from '../agenda/markdown';
import { emptyLine, escapeMarkdown, signed, table } from './markdownBlocks';

export { escapeMarkdown, signed } from './markdownBlocks';

function withOrg(name: string, organization: string): string {
  return organization ? `${name} (${organization})` : name;
}

export function toMarkdown(model: WeeklySummary): string {
  const { labels: l } = model;
  const c = l.columns;
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks);

  push(`# ${escapeMarkdown(`${model.title} — ${model.week}`)}`);
  const soFar = model.progress.note ? ` (${escapeMarkdown(model.progress.note)})` : '';
  push(`**${escapeMarkdown(model.dateRange)}**${soFar} · ${escapeMarkdown(model.privacyNote)}`);

  push(`## ${escapeMarkdown(l.sections.overview)}`);
  push(
    table(
      [c.metric, c.value],
      model.figures.map((f) => [f.label, f.value]),
      ['left', 'right'],
    ),
  );
  push(escapeMarkdown(model.balance.owedText));

  push(`## ${escapeMarkdown(l.sections.outcomes)}`);
  push(
    table(
      [c.outcome, c.count, c.share],
      model.byOutcome.map((r) => [r.label, String(r.count), r.share]),
      ['left', 'right', 'right'],
    ),
  );

  push(`## ${escapeMarkdown(l.sections.channels)}`);
  push(
    model.byChannel.length === 0
      ? emptyLine(l.empty.conversations)
      : table(
          [c.channel, c.count, c.share],
          model.byChannel.map((r) => [r.label, String(r.count), r.share]),
          ['left', 'right', 'right'],
        ),
  );

  push(`## ${escapeMarkdown(l.sections.conversations)}`);
  push(
    model.conversations.length === 0
      ? emptyLine(l.empty.conversations)
      : table(
          [c.date, c.client, c.channel, c.direction, c.outcome, c.summary],
          model.conversations.map((v) => [
            v.date,
            withOrg(v.client, v.organization),
            v.channelLabel,
            v.directionLabel,
            v.outcomeLabel,
            [v.private ? `(${l.private})` : '', v.incognito ? `(${l.incognito})` : '', v.summary]
              .filter(Boolean)
              .join(' '),
          ]),
        ),
  );

  push(`## ${escapeMarkdown(l.sections.disputes)}`);
  const disputeTable = (rows: SummaryDispute[]) =>
    rows.length === 0
      ? emptyLine(l.empty.disputes)
      : table(
          [c.title, c.client, c.openedOn, c.status, c.severity, c.rootCause, c.plan],
          rows.map((d) => [
            d.private ? `${d.title} (${l.private})` : d.title,
            d.client,
            d.openedOn,
            d.statusLabel,
            d.severityLabel,
            d.rootCauseLabel,
            d.planText,
          ]),
        );
  push(`### ${escapeMarkdown(l.sections.disputesOpened)}`, disputeTable(model.disputes.opened));
  push(`### ${escapeMarkdown(l.sections.disputesResolved)}`, disputeTable(model.disputes.resolved));
  push(`### ${escapeMarkdown(l.sections.disputesOpen)}`, disputeTable(model.disputes.openAtEnd));

  push(`## ${escapeMarkdown(l.sections.decisions)}`);
  push(escapeMarkdown(model.decisions.countsText));
  if (model.decisions.rows.length === 0) push(emptyLine(l.empty.decisions));
  else
    push(
      table(
        [c.decidedOn, c.client, c.decision, c.promised, c.owner, c.due, c.status],
        model.decisions.rows.map((d) => [
          d.decidedOn,
          d.client,
          d.decision,
          d.promised,
          d.owner,
          d.overdue ? `${d.due} (${l.overdue})` : d.due,
          d.statusLabel,
        ]),
      ),
    );

  push(`## ${escapeMarkdown(l.sections.criteria)}`);
  if (!model.criteria.mentioned) push(emptyLine(l.empty.criteria));
  else {
    push(
      table(
        [c.criterion, c.praisedCount, c.criticisedCount, c.balance],
        model.criteria.rows.map((r) => [r.label, String(r.praised), String(r.criticised), signed(r.balance)]),
        ['left', 'right', 'right', 'right'],
      ),
    );
    push(`### ${escapeMarkdown(l.sections.weakest)}`);
    push(
      model.criteria.weakest.length === 0
        ? emptyLine(l.empty.weakest)
        : model.criteria.weakest
            .map(
              (r, i) =>
                `${i + 1}. **${escapeMarkdown(r.label)}** — ${escapeMarkdown(`${c.praisedCount}: ${r.praised}, ${c.criticisedCount}: ${r.criticised}`)}`,
            )
            .join('\n'),
    );
  }

  push(`## ${escapeMarkdown(l.sections.callList)}`);
  push(
    model.callList.length === 0
      ? emptyLine(l.empty.callList)
      : table(
          [c.client, c.organization, c.lastContact, c.daysSince],
          model.callList.map((r) => [
            r.vip ? `${r.client} (${l.vip})` : r.client,
            r.organization,
            r.lastContact,
            String(r.daysSince),
          ]),
          ['left', 'left', 'left', 'right'],
        ),
  );

  push(`## ${escapeMarkdown(l.sections.agenda)}`);
  push(...agendaMarkdownBlocks(model.agenda, { level: 3, weakest: false }));

  return `${out.join('\n\n')}\n`;
}
