/**
 * CSV exports: one row per conversation, for the weekly summary and for the whole journal.
 * UTF-8 with a BOM so Excel opens Russian text correctly; cells that a spreadsheet would run as
 * a formula are neutralised with a leading apostrophe (OWASP "CSV injection").
 */
import Papa from 'papaparse';
import { CRITERIA, type Client, type Conversation } from '../domain/types';
import type { Language } from '../domain/settings';
import { createI18n } from '../i18n/createI18n';
import { withoutPrivate } from '../rules/privacy';
import { isoWeekKey } from '../rules/weeks';
import type { WeeklySummary } from './types';

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
  return [
    c('date'),
    c('week'),
    c('client'),
    c('organization'),
    c('channel'),
    c('direction'),
    c('outcome'),
    c('summary'),
    c('praised'),
    c('criticised'),
  ];
}

export interface CsvPartOptions {
  /** Start with the BOM and the header row (the first part of a file). Default true. */
  first?: boolean;
}

function serialise(language: Language, rows: readonly CsvConversationRow[], options: CsvPartOptions = {}): string {
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
  const config = { quotes: true, newline: '\r\n' };
  if (options.first === false) return Papa.unparse(data, config);
  return CSV_BOM + Papa.unparse({ fields: csvHeader(language), data }, config);
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

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `yyyy-MM-dd HH:mm` and the ISO week of an instant, in local time. Hand-written and cached per
 * day because date-fns' ISO-week formatting dominated a 50 000-row export.
 */
function localStamper(): (ms: number) => { dateTime: string; week: string } {
  const weeks = new Map<string, string>();
  return (ms) => {
    const d = new Date(ms);
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    let week = weeks.get(day);
    if (week === undefined) {
      week = isoWeekKey(d);
      weeks.set(day, week);
    }
    return { dateTime: `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}`, week };
  };
}

/**
 * Which conversations the journal CSV holds: the journal without private entries
 * (`withoutPrivate`: no private and no deleted conversation; a CSV is easily forwarded, the backup
 * is the complete copy), in the order given, and how many private ones it left out.
 */
export function journalCsvConversations<C extends Pick<Conversation, 'id' | 'private' | 'deletedAt'>>(
  conversations: readonly C[],
): { shown: C[]; leftOut: number } {
  const shown = withoutPrivate({ conversations, disputes: [], decisions: [] }).conversations;
  const leftOut = conversations.filter((c) => c.deletedAt === null && c.private).length;
  return { shown: [...shown], leftOut };
}

export interface JournalCsvInput {
  conversation: Pick<Conversation, 'at' | 'channel' | 'direction' | 'outcome' | 'summary' | 'feedback'>;
  client: Pick<Client, 'name' | 'organization'> | undefined;
}

/**
 * Conversations of the journal as CSV, in the order given. The caller decides which rows go in
 * (privacy); notes are never part of the columns. A long export can be built in parts (the first
 * with `first: true`) joined by CRLF, so the UI can show progress between them.
 */
export function conversationsToCsv(
  rows: readonly JournalCsvInput[],
  language: Language,
  options: CsvPartOptions = {},
): string {
  const t = createI18n(language).t;
  const labels = {
    channel: t('common:channel', { returnObjects: true }) as Record<string, string>,
    direction: t('summary:doc.direction', { returnObjects: true }) as Record<string, string>,
    outcome: t('common:outcome', { returnObjects: true }) as Record<string, string>,
    criterion: t('common:criterion', { returnObjects: true }) as Record<string, string>,
  };
  const unknown = t('summary:doc.unknownClient');
  const stamp = localStamper();
  return serialise(
    language,
    rows.map(({ conversation: c, client }) => {
      const { dateTime, week } = stamp(Date.parse(c.at));
      const marks = c.feedback?.criteria ?? {};
      return {
        dateTime,
        week,
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
    options,
  );
}
