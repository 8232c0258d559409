/**
 * CSV exports: one row per conversation, for the weekly summary and for the whole journal.
 * UTF-8 with a BOM so Excel opens Russian text correctly; cells that a spreadsheet would run as
 * a formula are neutralised with a leading apostrophe (OWASP "CSV injection").
 */
import Papa from 'papaparse';
import { format } from 'date-fns';
import { CRITERIA, type Client, type Conversation } from '../domain/types';
import type { Language } from '../domain/settings';
import { createI18n } from '../i18n/createI18n';
import { isoWeekKey } from '../rules/weeks';
import type { WeeklySummary } from './model';

export const CSV_BOM = '\uFEFF';

/** A spreadsheet treats a cell starting with one of these as a formula (tab and CR too). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One conversation as CSV cells, already localised. */
export interface CsvConversationRow {
  dateTime: string;
  week: string;
  client: string;
  organization: string;
  channel: string;
  direction: string;
  outcome: string;
  summary: string;
  criteriaPraised: string[];
  criteriaCriticised: string[];
}

function csvHeader(language: Language): string[] {
  const t = createI18n(language).t;
  const c = (key: string) => t(`summary:doc.columns.${key}`);
  return [c('date'), c('week'), c('client'), c('organization'), c('channel'), c('direction'), c('outcome'), c('summary'), c('praised'), c('criticised')];
}

function serialise(language: Language, rows: readonly CsvConversationRow[]): string {
  const data = rows.map((r) =>
    [
      r.dateTime,
      r.week,
      r.client,
      r.organization,
      r.channel,
      r.direction,
      r.outcome,
      r.summary,
      r.criteriaPraised.join('; '),
      r.criteriaCriticised.join('; '),
    ].map(neutraliseFormula),
  );
  // Quote every cell: unambiguous for every spreadsheet, and a leading apostrophe stays text.
  return CSV_BOM + Papa.unparse({ fields: csvHeader(language), data }, { quotes: true, newline: '\r\n' });
}

/** The weekly summary's conversations as CSV (the same rows, private filtering and labels as the model). */
export function toCsv(model: WeeklySummary): string {
  return serialise(
    model.language,
    model.conversations.map((v) => ({
      dateTime: v.dateTime,
      week: model.week,
      client: v.client,
      organization: v.organization,
      channel: v.channelLabel,
      direction: v.directionLabel,
      outcome: v.outcomeLabel,
      summary: v.summary,
      criteriaPraised: v.criteriaPraised,
      criteriaCriticised: v.criteriaCriticised,
    })),
  );
}

export interface JournalCsvInput {
  conversation: Pick<Conversation, 'at' | 'channel' | 'direction' | 'outcome' | 'summary' | 'feedback'>;
  client: Pick<Client, 'name' | 'organization'> | undefined;
}

/**
 * Conversations of the journal as CSV, in the order given. The caller decides which rows go in
 * (privacy); notes are never part of the columns.
 */
export function conversationsToCsv(rows: readonly JournalCsvInput[], language: Language): string {
  const t = createI18n(language).t;
  const labels = {
    channel: t('common:channel', { returnObjects: true }) as Record<string, string>,
    direction: t('summary:doc.direction', { returnObjects: true }) as Record<string, string>,
    outcome: t('common:outcome', { returnObjects: true }) as Record<string, string>,
    criterion: t('common:criterion', { returnObjects: true }) as Record<string, string>,
  };
  const unknown = t('summary:doc.unknownClient');
  return serialise(
    language,
    rows.map(({ conversation: c, client }) => {
      const at = new Date(Date.parse(c.at));
      const marks = c.feedback?.criteria ?? {};
      return {
        dateTime: format(at, 'yyyy-MM-dd HH:mm'),
        week: isoWeekKey(at),
        client: client?.name || unknown,
        organization: client?.organization ?? '',
        channel: labels.channel[c.channel] ?? c.channel,
        direction: labels.direction[c.direction] ?? c.direction,
        outcome: labels.outcome[c.outcome] ?? c.outcome,
        summary: c.summary.trim(),
        criteriaPraised: CRITERIA.filter((k) => marks[k] === 'praised').map((k) => labels.criterion[k] ?? k),
        criteriaCriticised: CRITERIA.filter((k) => marks[k] === 'criticised').map((k) => labels.criterion[k] ?? k),
      };
    }),
  );
}
