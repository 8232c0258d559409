/**
 * Compact column form of conversation rows, for handing 50 000 rows from the loading worker
 * to the UI thread cheaply (a few flat arrays instead of 50 000 nested objects to clone).
 */
import { CHANNELS, CRITERIA, CRITERION_MARKS, OUTCOMES } from '../../shared/domain/types';
import type { Conversation, Feedback } from '../../shared/domain/types';
import type { ConversationRow } from './conversationIndex';
import { isLive } from '../../shared/domain/records';

export interface PackedRows {
  ids: string[];
  clientIds: string[];
  ats: string[];
  atMs: Float64Array;
  /** Index into OUTCOMES. */
  outcomes: Uint8Array;
  /** Index into CHANNELS. */
  channels: Uint8Array;
  privates: Uint8Array;
  /** Per row: pairs of (criterion index, mark index) as a string of digits; '' when none. */
  criteria: string[];
}

function criteriaCode(criteria: Feedback['criteria'] | undefined): string {
  if (!criteria) return '';
  let code = '';
  CRITERIA.forEach((criterion, i) => {
    const mark = criteria[criterion];
    if (mark) code += `${i}${CRITERION_MARKS.indexOf(mark)}`;
  });
  return code;
}

function decodeCriteria(code: string): Feedback['criteria'] {
  const criteria: Feedback['criteria'] = {};
  for (let i = 0; i + 1 < code.length; i += 2) {
    const criterion = CRITERIA[Number(code[i])];
    const mark = CRITERION_MARKS[Number(code[i + 1])];
    if (criterion && mark) criteria[criterion] = mark;
  }
  return criteria;
}

/** Live conversations, sorted by time (ties by id), packed into columns. */
export function packConversations(all: readonly Conversation[]): PackedRows {
  const live = all.filter(isLive).map((c) => ({ c, ms: Date.parse(c.at) }));
  // Sort only when the input is not already in time order (ties by id).
  const inOrder = live.every(
    ({ c, ms }, i) => i === 0 || live[i - 1]!.ms < ms || (live[i - 1]!.ms === ms && live[i - 1]!.c.id < c.id),
  );
  if (!inOrder) live.sort((a, b) => a.ms - b.ms || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  const n = live.length;
  const packed: PackedRows = {
    ids: new Array<string>(n),
    clientIds: new Array<string>(n),
    ats: new Array<string>(n),
    atMs: new Float64Array(n),
    outcomes: new Uint8Array(n),
    channels: new Uint8Array(n),
    privates: new Uint8Array(n),
    criteria: new Array<string>(n),
  };
  live.forEach(({ c, ms }, i) => {
    packed.ids[i] = c.id;
    packed.clientIds[i] = c.clientId;
    packed.ats[i] = c.at;
    packed.atMs[i] = ms;
    packed.outcomes[i] = OUTCOMES.indexOf(c.outcome);
    packed.channels[i] = CHANNELS.indexOf(c.channel);
    packed.privates[i] = c.private ? 1 : 0;
    packed.criteria[i] = criteriaCode(c.feedback?.criteria);
  });
  return packed;
}

/** Rows in the packed (already sorted) order. */
export function unpackRows(packed: PackedRows): ConversationRow[] {
  const rows = new Array<ConversationRow>(packed.ids.length);
  for (let i = 0; i < rows.length; i++) {
    const code = packed.criteria[i]!;
    rows[i] = {
      id: packed.ids[i]!,
      clientId: packed.clientIds[i]!,
      at: packed.ats[i]!,
      atMs: packed.atMs[i]!,
      outcome: OUTCOMES[packed.outcomes[i]!]!,
      channel: CHANNELS[packed.channels[i]!]!,
      private: packed.privates[i] === 1,
      criteria: code ? decodeCriteria(code) : {},
    };
  }
  return rows;
}
