/**
 * Private is private on every path, as a property: for random journals, every export without
 * private entries — the weekly summary (Markdown, HTML, CSV; the PDF prints the HTML), the
 * journal CSV and the Meeting agenda (Markdown, HTML/PDF) — is identical to the export of the same
 * journal from which every private record, everything linked to it and everything deleted has
 * been physically removed. And no `notes` text ever appears in any export, with or without
 * private entries.
 *
 * The generator (`shownAndFullJournals`, test/unit/arbitraries/journal.ts) builds the public
 * journal first and then hides things in it (private and deleted conversations, private and
 * deleted disputes, decisions taken in them, links from public disputes to hidden conversations),
 * so the "physically removed" journal is known independently of the rule under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWeeklySummary, type WeeklySummaryInput } from '../../../shared/summary/model';
import { toMarkdown } from '../../../shared/summary/markdown';
import { toHtml } from '../../../shared/summary/html';
import { conversationsToCsv, journalCsvConversations, toCsv } from '../../../shared/summary/csv';
import { buildMeetingAgendaDocument } from '../../../shared/agenda/document';
import { agendaToMarkdown } from '../../../shared/agenda/markdown';
import { agendaToHtml } from '../../../shared/agenda/html';
import { isLive } from '../../../shared/domain/records';
import type { Conversation } from '../../../shared/domain/types';
import { shownAndFullJournals, unique, windowJournalEnv, type Journal } from '../arbitraries/journal';

const WEEK = '2026-W48';
const NOTE = 'zqNOTE';
const fromMs = Date.parse('2026-11-16T00:00:00Z');
const toMs = Date.parse('2026-12-06T00:00:00Z');
const journals = shownAndFullJournals(windowJournalEnv(fromMs, toMs), unique(NOTE));

/** What the app hands the summary: the week's records, every live conversation as a row, live disputes and decisions. */
function summaryInput(journal: Journal, nowMs: number | undefined): WeeklySummaryInput {
  return {
    week: WEEK,
    conversations: journal.conversations,
    journal: journal.conversations
      .filter(isLive)
      .map((c) => ({ id: c.id, clientId: c.clientId, atMs: Date.parse(c.at), outcome: c.outcome, private: c.private })),
    clients: journal.clients,
    disputes: journal.disputes.filter(isLive),
    decisions: journal.decisions.filter(isLive),
    target: 3,
    ...(nowMs === undefined ? {} : { nowMs }),
  };
}

function exportsOf(journal: Journal, includePrivate: boolean, language: 'en' | 'ru', nowMs: number | undefined) {
  const model = buildWeeklySummary(summaryInput(journal, nowMs), { includePrivate, language });
  return { markdown: toMarkdown(model), html: toHtml(model), csv: toCsv(model) };
}

/** The journal CSV as the Journal page builds it: the rows `journalCsvConversations` keeps, in the order read. */
function rowsOf(journal: Journal, conversations: readonly Conversation[]) {
  const clients = new Map(journal.clients.map((c) => [c.id, c]));
  return conversations.map((conversation) => ({ conversation, client: clients.get(conversation.clientId) }));
}

function journalCsvOf(journal: Journal, language: 'en' | 'ru'): string {
  return conversationsToCsv(rowsOf(journal, journalCsvConversations(journal.conversations).shown), language, {
    first: true,
  });
}

/** The Meeting agenda page's exports for a period: Markdown, and the HTML its PDF prints. */
function agendaOf(
  journal: Journal,
  includePrivate: boolean,
  language: 'en' | 'ru',
  period: { firstDay: string; lastDay: string },
) {
  const doc = buildMeetingAgendaDocument(
    { conversations: journal.conversations, disputes: journal.disputes, clients: journal.clients, ...period },
    { language, includePrivate },
  );
  return { markdown: agendaToMarkdown(doc), html: agendaToHtml(doc), pdf: agendaToHtml(doc, { pageFooter: true }) };
}

/** A period of whole days inside the generated window. */
const agendaPeriod = fc
  .tuple(fc.integer({ min: 16, max: 35 }), fc.integer({ min: 0, max: 13 }))
  .map(([first, length]) => {
    const day = (n: number) => new Date(Date.UTC(2026, 10, n)).toISOString().slice(0, 10);
    return { firstDay: day(first), lastDay: day(Math.min(first + length, 35)) };
  });

const nowArb = fc.option(fc.integer({ min: Date.parse('2026-11-23T00:00:00Z'), max: toMs }), { nil: undefined });

describe('the summary without private entries (property)', () => {
  it('is identical to the summary of the journal with every private and deleted record physically removed', () => {
    fc.assert(
      fc.property(journals, fc.constantFrom('en' as const, 'ru' as const), nowArb, ({ shown, full }, language, now) => {
        expect(exportsOf(full, false, language, now)).toEqual(exportsOf(shown, false, language, now));
      }),
      { numRuns: 60 },
    );
  });

  it('never contains a note, with or without private entries', () => {
    fc.assert(
      fc.property(journals, fc.boolean(), nowArb, ({ full }, includePrivate, now) => {
        const all = Object.values(exportsOf(full, includePrivate, 'en', now)).join('\n');
        expect(all).not.toContain(NOTE);
      }),
      { numRuns: 60 },
    );
  });

  it('never shows a hidden text without private entries', () => {
    fc.assert(
      fc.property(journals, nowArb, ({ full }, now) => {
        const all = Object.values(exportsOf(full, false, 'en', now)).join('\n');
        expect(all).not.toMatch(/Hidden(Summary|Why|Like|Dislike|Dispute|Decision|Promise)/);
      }),
      { numRuns: 60 },
    );
  });

  it('never contains a note, a hidden text or a private entry in the journal CSV or the Meeting agenda', () => {
    fc.assert(
      fc.property(journals, agendaPeriod, fc.boolean(), ({ full }, period, includePrivate) => {
        const all = [journalCsvOf(full, 'en'), ...Object.values(agendaOf(full, includePrivate, 'en', period))].join(
          '\n',
        );
        expect(all).not.toContain(NOTE);
        const shared = [journalCsvOf(full, 'en'), ...Object.values(agendaOf(full, false, 'en', period))].join('\n');
        expect(shared).not.toMatch(/Hidden(Summary|Why|Like|Dislike|Dispute|Decision|Promise)/);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the journal CSV (property)', () => {
  it('is identical to the CSV of the journal with every private and deleted conversation physically removed', () => {
    fc.assert(
      fc.property(journals, fc.constantFrom('en' as const, 'ru' as const), ({ shown, full }, language) => {
        const removed = conversationsToCsv(rowsOf(shown, shown.conversations), language, { first: true });
        expect(journalCsvOf(full, language)).toBe(removed);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the Meeting agenda without private entries (property)', () => {
  it('is identical to the agenda of the journal with every private and deleted record physically removed', () => {
    fc.assert(
      fc.property(
        journals,
        fc.constantFrom('en' as const, 'ru' as const),
        agendaPeriod,
        ({ shown, full }, language, period) => {
          expect(agendaOf(full, false, language, period)).toEqual(agendaOf(shown, false, language, period));
        },
      ),
      { numRuns: 60 },
    );
  });
});
