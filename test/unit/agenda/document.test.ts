import { describe, expect, it } from 'vitest';
import { Parser as CommonmarkParser } from 'commonmark';
import { agendaFileName, buildMeetingAgendaDocument } from '../../../shared/agenda/document';
import { agendaToMarkdown } from '../../../shared/agenda/markdown';
import { agendaToHtml } from '../../../shared/agenda/html';
import { buildWeeklySummary } from '../../../shared/summary/model';
import { toMarkdown } from '../../../shared/summary/markdown';
import { PRIVATE_TEXTS, SECRETS, summaryFixture } from '../../fixtures/summary-week';

function doc(includePrivate = false, language: 'en' | 'ru' = 'en') {
  const f = summaryFixture();
  return buildMeetingAgendaDocument(
    {
      conversations: f.conversations,
      disputes: f.disputes,
      clients: f.clients,
      firstDay: '2026-11-23',
      lastDay: '2026-11-29',
    },
    { language, includePrivate },
  );
}

describe('the Meeting agenda document', () => {
  it('groups what clients said by criterion, names the weakest and the disputes by root cause', () => {
    const { agenda, periodLabel } = doc();
    expect(periodLabel).toBe('23–29 November 2026');
    expect(agenda.byCriterion.map((r) => [r.label, r.praised, r.criticised])).toEqual([
      ['Competence', 1, 0],
      ['Courtesy', 1, 0],
      ['Reliability', 0, 2],
      ['Communication', 0, 1],
    ]);
    expect(agenda.byCriterion.find((r) => r.key === 'reliability')?.bad.map((i) => i.text)).toEqual([
      'Invoices arrive late',
    ]);
    expect(agenda.weakest.map((r) => r.key).slice(0, 2)).toEqual(['reliability', 'communication']);
    expect(agenda.disputesByRootCause.map((g) => [g.label, g.disputes.map((d) => d.title)])).toEqual([
      ['We failed to explain', ['Wrong invoices']],
    ]);
  });

  it('leaves private entries out unless ticked, and never exports notes', () => {
    const md = agendaToMarkdown(doc());
    const html = agendaToHtml(doc());
    for (const secret of [...PRIVATE_TEXTS, 'Private like', ...SECRETS]) {
      expect(md).not.toContain(secret);
      expect(html).not.toContain(secret);
    }
    expect(md).toContain('Private entries and notes are not included.');
    const mine = agendaToMarkdown(doc(true));
    expect(mine).toContain('Private like');
    expect(mine).toContain('Private dispute title');
    for (const secret of SECRETS) expect(mine).not.toContain(secret);
  });

  it('is valid CommonMark with every part as a heading, in English and Russian', () => {
    const headings = (md: string) => {
      const out: string[] = [];
      const walker = new CommonmarkParser().parse(md).walker();
      for (let step = walker.next(); step; step = walker.next()) {
        if (step.entering && step.node.type === 'heading') out.push(step.node.firstChild?.literal ?? '');
      }
      return out;
    };
    expect(headings(agendaToMarkdown(doc()))).toEqual([
      'Meeting agenda — 23–29 November 2026',
      'By service criterion',
      'Competence',
      'Courtesy',
      'Reliability',
      'Communication',
      'Recurring words',
      'What clients like',
      'What clients dislike',
      'Why clients stay with us',
      'The three weakest criteria',
      'Disputes by root cause',
    ]);
    const ru = headings(agendaToMarkdown(doc(false, 'ru')));
    expect(ru[0]).toBe('Повестка совещания — 23–29 ноября 2026');
    expect(ru).toContain('Три самых слабых критерия');
  });

  it('is one self-contained printable HTML document', () => {
    const html = agendaToHtml(doc(), { pageFooter: true });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/\b(?:src|href)\s*=/i);
    expect(html).toContain('@bottom-right');
    expect(html).toContain('Rapport · Meeting agenda · 23–29 November 2026');
  });

  it('is named by its period', () => {
    expect(agendaFileName('2026-11-23', '2026-11-29', 'md')).toBe('rapport-agenda-2026-11-23-to-2026-11-29.md');
  });
});

describe('the weekly summary carries the same agenda', () => {
  it('has the grouped agenda as its Meeting agenda section', () => {
    const f = summaryFixture();
    const summary = buildWeeklySummary(f, { includePrivate: false, language: 'en' });
    const page = doc();
    expect(summary.agenda.byCriterion).toEqual(page.agenda.byCriterion);
    expect(summary.agenda.words).toEqual(page.agenda.words);
    const md = toMarkdown(summary);
    expect(md).toContain('### By service criterion');
    expect(md).toContain('### Disputes by root cause');
    // The summary names the weakest once, in its criteria section.
    expect(md).not.toContain('The three weakest criteria');
  });
});
