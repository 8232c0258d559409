/**
 * fast-check arbitraries for any journal the app can produce: every field of every record
 * type (shared/domain/types.ts, constrained like shared/domain/schemas.ts), tombstones,
 * archived clients, Unicode text, empty and long strings.
 */
import fc from 'fast-check';
import {
  CHANNELS,
  CRITERIA,
  CRITERION_MARKS,
  DECISION_STATUSES,
  DIRECTIONS,
  DISPUTE_STATUSES,
  OUTCOMES,
  ROOT_CAUSES,
  SEVERITIES,
  type Client,
  type Conversation,
  type Decision,
  type Dispute,
} from '../../../shared/domain/types';
import type { BackupData } from '../../../shared/backup/format';

const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const calendarDate = instant.map((i) => i.slice(0, 10));
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', '=SUM(A1)', 'Ёлка "кавычки", запятые; точки\nи строки'),
);
const requiredText = text.filter((s) => s.trim().length > 0);
const id = fc.uuid();
const base = { id, createdAt: instant, updatedAt: instant, deletedAt: fc.option(instant, { nil: null }) };

const client: fc.Arbitrary<Client> = fc.record({
  ...base,
  name: requiredText,
  organization: text,
  role: text,
  phone: text,
  email: text,
  tags: fc.array(text, { maxLength: 4 }),
  vip: fc.boolean(),
  problem: fc.boolean(),
  notes: text,
  archivedAt: fc.option(instant, { nil: null }),
  lastContactAt: fc.option(instant, { nil: null }),
  lastOutcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
});

const criteria = fc.dictionary(fc.constantFrom(...CRITERIA), fc.constantFrom(...CRITERION_MARKS), { maxKeys: 4 });

function conversation(clientIds: string[]): fc.Arbitrary<Conversation> {
  return fc.record({
    ...base,
    clientId: fc.constantFrom(...clientIds),
    at: instant,
    channel: fc.constantFrom(...CHANNELS),
    direction: fc.constantFrom(...DIRECTIONS),
    outcome: fc.constantFrom(...OUTCOMES),
    summary: text,
    notes: text,
    private: fc.boolean(),
    feedback: fc.record({ whyStay: text, likes: text, dislikes: text, incognito: fc.boolean(), criteria }),
  });
}

function dispute(clientIds: string[], conversationIds: string[]): fc.Arbitrary<Dispute> {
  return fc.record({
    ...base,
    clientId: fc.constantFrom(...clientIds),
    title: requiredText,
    openedOn: calendarDate,
    rootCause: fc.constantFrom(...ROOT_CAUSES),
    severity: fc.constantFrom(...SEVERITIES),
    whatWentWrong: text,
    resolution: text,
    notes: text,
    private: fc.boolean(),
    status: fc.constantFrom(...DISPUTE_STATUSES),
    statusHistory: fc.array(fc.record({ status: fc.constantFrom(...DISPUTE_STATUSES), at: instant }), { maxLength: 3 }),
    conversationIds: conversationIds.length
      ? fc.uniqueArray(fc.constantFrom(...conversationIds), { maxLength: 3 })
      : fc.constant([]),
    plan: fc.array(
      fc.record({ id, text, owner: text, due: fc.option(calendarDate, { nil: null }), done: fc.boolean() }),
      { maxLength: 3 },
    ),
  });
}

function decision(clientIds: string[], conversationIds: string[]): fc.Arbitrary<Decision> {
  return fc.record({
    ...base,
    clientId: fc.constantFrom(...clientIds),
    conversationId: conversationIds.length
      ? fc.option(fc.constantFrom(...conversationIds), { nil: null })
      : fc.constant(null),
    disputeId: fc.option(id, { nil: null }),
    decidedOn: calendarDate,
    decision: requiredText,
    promised: text,
    owner: text,
    due: fc.option(calendarDate, { nil: null }),
    status: fc.constantFrom(...DECISION_STATUSES),
    statusHistory: fc.array(fc.record({ status: fc.constantFrom(...DECISION_STATUSES), at: instant }), {
      maxLength: 3,
    }),
    note: text,
  });
}

const byId = { selector: (r: { id: string }) => r.id };

export const journalArbitrary: fc.Arbitrary<BackupData> = fc
  .uniqueArray(client, { ...byId, minLength: 1, maxLength: 6 })
  .chain((clients) => {
    const clientIds = clients.map((c) => c.id);
    return fc.uniqueArray(conversation(clientIds), { ...byId, maxLength: 10 }).chain((conversations) => {
      const conversationIds = conversations.map((c) => c.id);
      return fc.record({
        clients: fc.constant(clients),
        conversations: fc.constant(conversations),
        disputes: fc.uniqueArray(dispute(clientIds, conversationIds), { ...byId, maxLength: 3 }),
        decisions: fc.uniqueArray(decision(clientIds, conversationIds), { ...byId, maxLength: 4 }),
      });
    });
  });

/** The same journal with every table in primary-key order (what an export reads). */
export function sortedById(data: BackupData): BackupData {
  const sort = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    clients: sort(data.clients),
    conversations: sort(data.conversations),
    disputes: sort(data.disputes),
    decisions: sort(data.decisions),
  };
}
