/**
 * The journal as a flat list for the virtualizer: day headers and conversation rows, newest
 * first, filtered in memory from the conversation index (no IndexedDB read per change).
 */
import type { Channel, Outcome } from '../../../shared/domain/types';
import type { ConversationRow } from '../../db/conversationIndex';
import { localDate } from '../../../shared/dates/instant';

export interface JournalFilters {
  clientId: string | null;
  outcome: Outcome | null;
  channel: Channel | null;
  /** Inclusive calendar dates `yyyy-MM-dd` (local), or '' for open-ended. */
  from: string;
  to: string;
}

export const NO_FILTERS: JournalFilters = { clientId: null, outcome: null, channel: null, from: '', to: '' };

export function hasFilters(f: JournalFilters): boolean {
  return Boolean(f.clientId || f.outcome || f.channel || f.from || f.to);
}

export type JournalItem =
  | { kind: 'day'; key: string; day: string; dayStartMs: number; count: number }
  | { kind: 'conversation'; key: string; row: ConversationRow };

/** Local midnight of a `yyyy-MM-dd`, plus `addDays`. */
function localMidnightMs(day: string, addDays = 0): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + addDays).getTime();
}

export function buildJournalItems(rows: readonly ConversationRow[], filters: JournalFilters): JournalItem[] {
  const fromMs = filters.from ? localMidnightMs(filters.from) : -Infinity;
  const toMs = filters.to ? localMidnightMs(filters.to, 1) : Infinity;
  const items: JournalItem[] = [];
  let header: Extract<JournalItem, { kind: 'day' }> | null = null;
  // Rows are sorted oldest first; walk backwards. A Date is made once per day, not per row.
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (!row) continue;
    if (row.atMs >= toMs) continue;
    if (row.atMs < fromMs) break;
    if (filters.clientId && row.clientId !== filters.clientId) continue;
    if (filters.outcome && row.outcome !== filters.outcome) continue;
    if (filters.channel && row.channel !== filters.channel) continue;
    if (!header || row.atMs < header.dayStartMs) {
      const day = localDate(new Date(row.atMs));
      header = { kind: 'day', key: `day-${day}`, day, dayStartMs: localMidnightMs(day), count: 0 };
      items.push(header);
    }
    header.count++;
    items.push({ kind: 'conversation', key: row.id, row });
  }
  return items;
}
