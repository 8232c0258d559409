/**
 * fast-check arbitraries for journals, shared by every property test (backup, privacy, the
 * dashboard/summary differential). One builder per record type covers every field of
 * shared/domain/types.ts, constrained like shared/domain/schemas.ts; a `JournalEnv` says where
 * instants, dates and texts come from (any moment of the century and any Unicode text for the
 * backup; a few weeks around a known week and tagged texts for the summary tests), and `fields`
 * overrides single fields (a private conversation, a deleted dispute, a text unique to a record).
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
  type CalendarDate,
  type Client,
  type Conversation,
  type Decision,
  type Dispute,
} from '../../../shared/domain/types';

export interface Journal {
  clients: Client[];
  conversations: Conversation[];
  disputes: Dispute[];
  decisions: Decision[];
}

/** Where a journal's instants, calendar dates and texts come from. */
export interface JournalEnv {
  /** A stored instant, UTC `…Z`. */
  instant: fc.Arbitrary<string>;
  day: fc.Arbitrary<CalendarDate>;
  /** Any free text (may be empty). */
  text: fc.Arbitrary<string>;
  /** A text that is never blank (names, titles, decisions). */
  requiredText: fc.Arbitrary<string>;
  /** `deletedAt` of records that are not told to be live or deleted. */
  deletedAt: fc.Arbitrary<string | null>;
}

/** Instants between two moments (milliseconds), as UTC `…Z`. */
export function instantBetween(fromMs: number, toMs: number): fc.Arbitrary<string> {
  return fc.integer({ min: fromMs, max: toMs }).map((ms) => new Date(ms).toISOString());
}

/** Any journal the app can produce: 2000–2099, Unicode text, empty and formula-like strings, tombstones. */
export function anyJournalEnv(): JournalEnv {
  const instant = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
    .map((d) => d.toISOString());
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('', '=SUM(A1)', 'Ёлка "кавычки", запятые; точки\nи строки'),
  );
  return {
    instant,
    day: instant.map((i) => i.slice(0, 10)),
    text,
    requiredText: text.filter((s) => s.trim().length > 0),
    deletedAt: fc.option(instant, { nil: null }),
  };
}

/** Short words (English and Russian) a summary or agenda can quote. */
export const words = fc.constantFrom('', 'delivery', 'price', 'доставка', 'invoice late', 'great service', 'цены');

/** Text unique to one record, so a leak names its source. */
export const unique = (tag: string): fc.Arbitrary<string> => fc.uuid().map((u) => `${tag}${u.slice(0, 8)}`);

/** A journal of a few weeks, `[fromMs, toMs]`, with short words for texts and live records unless told otherwise. */
export function windowJournalEnv(fromMs: number, toMs: number): JournalEnv {
  const instant = instantBetween(fromMs, toMs);
  return {
    instant,
    day: instant.map((i) => i.slice(0, 10)),
    text: words,
    requiredText: unique('Text'),
    deletedAt: fc.constant(null),
  };
}

type Fields<T> = { [K in keyof T]?: fc.Arbitrary<T[K]> };

const byId = { selector: (r: { id: string }) => r.id };

function base(env: JournalEnv) {
  return { id: fc.uuid(), createdAt: env.instant, updatedAt: env.instant, deletedAt: env.deletedAt };
}

export function clientArb(env: JournalEnv, fields: Fields<Client> = {}): fc.Arbitrary<Client> {
  return fc.record({
    ...base(env),
    name: env.requiredText,
    organization: env.text,
    role: env.text,
    phone: env.text,
    email: env.text,
    tags: fc.array(env.text, { maxLength: 4 }),
    vip: fc.boolean(),
    problem: fc.boolean(),
    notes: env.text,
    archivedAt: fc.option(env.instant, { nil: null }),
    lastContactAt: fc.option(env.instant, { nil: null }),
    lastOutcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
    ...fields,
  });
}

export const criteriaArb = (maxKeys: number) =>
  fc.dictionary(fc.constantFrom(...CRITERIA), fc.constantFrom(...CRITERION_MARKS), { maxKeys });

export function conversationArb(
  env: JournalEnv,
  clientIds: readonly string[],
  fields: Fields<Conversation> = {},
): fc.Arbitrary<Conversation> {
  return fc.record({
    ...base(env),
    clientId: fc.constantFrom(...clientIds),
    at: env.instant,
    channel: fc.constantFrom(...CHANNELS),
    direction: fc.constantFrom(...DIRECTIONS),
    outcome: fc.constantFrom(...OUTCOMES),
    summary: env.text,
    notes: env.text,
    private: fc.boolean(),
    feedback: fc.record({
      whyStay: env.text,
      likes: env.text,
      dislikes: env.text,
      incognito: fc.boolean(),
      criteria: criteriaArb(4),
    }),
    ...fields,
  });
}

/** Some of `ids`, or none when there are none. */
export const someOf = (ids: readonly string[], maxLength: number): fc.Arbitrary<string[]> =>
  ids.length ? fc.uniqueArray(fc.constantFrom(...ids), { maxLength }) : fc.constant([]);

/** One of `ids` or null (always null when there are none). */
export const oneOrNull = (ids: readonly string[]): fc.Arbitrary<string | null> =>
  ids.length ? fc.option(fc.constantFrom(...ids), { nil: null }) : fc.constant(null);

export function disputeArb(
  env: JournalEnv,
  clientIds: readonly string[],
  conversationIds: readonly string[],
  fields: Fields<Dispute> = {},
): fc.Arbitrary<Dispute> {
  return fc.record({
    ...base(env),
    clientId: fc.constantFrom(...clientIds),
    title: env.requiredText,
    openedOn: env.day,
    rootCause: fc.constantFrom(...ROOT_CAUSES),
    severity: fc.constantFrom(...SEVERITIES),
    whatWentWrong: env.text,
    resolution: env.text,
    notes: env.text,
    private: fc.boolean(),
    status: fc.constantFrom(...DISPUTE_STATUSES),
    statusHistory: fc.array(fc.record({ status: fc.constantFrom(...DISPUTE_STATUSES), at: env.instant }), {
      maxLength: 3,
    }),
    conversationIds: someOf(conversationIds, 3),
    plan: fc.array(
      fc.record({
        id: fc.uuid(),
        text: env.text,
        owner: env.text,
        due: fc.option(env.day, { nil: null }),
        done: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    ...fields,
  });
}

export interface DecisionLinks {
  conversationId: string | null;
  disputeId: string | null;
}

/** A decision; `links` gives its conversation and dispute together (a decision hidden through either). */
export function decisionArb(
  env: JournalEnv,
  clientIds: readonly string[],
  links: fc.Arbitrary<DecisionLinks>,
  fields: Fields<Omit<Decision, 'conversationId' | 'disputeId'>> = {},
): fc.Arbitrary<Decision> {
  return fc
    .record({
      ...base(env),
      clientId: fc.constantFrom(...clientIds),
      links,
      decidedOn: env.day,
      decision: env.requiredText,
      promised: env.text,
      owner: env.text,
      due: fc.option(env.day, { nil: null }),
      status: fc.constantFrom(...DECISION_STATUSES),
      statusHistory: fc.array(fc.record({ status: fc.constantFrom(...DECISION_STATUSES), at: env.instant }), {
        maxLength: 3,
      }),
      note: env.text,
      ...fields,
    })
    .map(({ links: l, ...d }) => ({ ...d, ...l }));
}

export interface JournalSizes {
  clients: number;
  conversations: number;
  disputes: number;
  decisions: number;
  /** Fewest records of each kind (default: one client, nothing else). */
  min?: Partial<Omit<JournalSizes, 'min'>>;
}

/**
 * A journal whose records link to each other: conversations, disputes and decisions of its
 * clients, disputes linking its conversations, decisions taken in its conversations (their
 * dispute id may name no record: a dispute deleted and erased long ago).
 */
export function journalArb(
  env: JournalEnv,
  sizes: JournalSizes = { clients: 6, conversations: 10, disputes: 3, decisions: 4 },
  fields: { client?: Fields<Client> } = {},
): fc.Arbitrary<Journal> {
  const client = clientArb(env, fields.client);
  const min = { clients: 1, conversations: 0, disputes: 0, decisions: 0, ...sizes.min };
  const length = (kind: keyof typeof min) => ({ ...byId, minLength: min[kind], maxLength: sizes[kind] });
  return fc.uniqueArray(client, length('clients')).chain((clients) => {
    const clientIds = clients.map((c) => c.id);
    return fc.uniqueArray(conversationArb(env, clientIds), length('conversations')).chain((conversations) => {
      const conversationIds = conversations.map((c) => c.id);
      const links = fc.record({
        conversationId: oneOrNull(conversationIds),
        disputeId: fc.option(fc.uuid(), { nil: null }),
      });
      return fc.record({
        clients: fc.constant(clients),
        conversations: fc.constant(conversations),
        disputes: fc.uniqueArray(disputeArb(env, clientIds, conversationIds), length('disputes')),
        decisions: fc.uniqueArray(decisionArb(env, clientIds, links), length('decisions')),
      });
    });
  });
}

/** Any journal the app can produce (backup round trips). */
export const anyJournal: fc.Arbitrary<Journal> = journalArb(anyJournalEnv());

/** The same journal with every table in primary-key order (what an export reads). */
export function sortedById(data: Journal): Journal {
  const sort = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    clients: sort(data.clients),
    conversations: sort(data.conversations),
    disputes: sort(data.disputes),
    decisions: sort(data.decisions),
  };
}

type Hidden = 'private' | 'deleted' | null;

/** Deleted: a tombstone of either privacy. Private: live and private. Shown: live and public. */
function hiddenFields(env: JournalEnv, hidden: Hidden) {
  return {
    deletedAt: hidden === 'deleted' ? env.instant : fc.constant(null),
    private: hidden === 'private' ? fc.constant(true) : hidden === 'deleted' ? fc.boolean() : fc.constant(false),
  };
}

/**
 * A public journal and the same journal with hidden records added to it: private and deleted
 * conversations, private and deleted disputes, decisions taken in them (or deleted themselves),
 * links from public disputes to hidden conversations. The "physically removed" journal (`shown`)
 * is known independently of the privacy rule under test. Every text is unique to its record and
 * tagged (`Hidden…` in hidden records; every note carries `note`), so a leak names its source.
 */
export function shownAndFullJournals(
  env: JournalEnv,
  note: fc.Arbitrary<string>,
): fc.Arbitrary<{ shown: Journal; full: Journal }> {
  const client = clientArb(env, {
    createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
    updatedAt: fc.constant('2026-01-01T00:00:00.000Z'),
    deletedAt: fc.constant(null),
    name: unique('Client'),
    organization: words,
    role: fc.constant(''),
    phone: fc.constant(''),
    email: fc.constant(''),
    tags: fc.constant([]),
    notes: note,
    archivedAt: fc.constant(null),
    lastContactAt: fc.constant(null),
    lastOutcome: fc.constant(null),
  });
  const conversation = (clientIds: string[], hidden: Hidden) => {
    const tag = hidden ? 'Hidden' : '';
    return conversationArb(env, clientIds, {
      ...hiddenFields(env, hidden),
      summary: unique(`${tag}Summary`),
      notes: note,
      feedback: fc.record({
        whyStay: fc.oneof(words, unique(`${tag}Why`)),
        likes: fc.oneof(words, unique(`${tag}Like`)),
        dislikes: fc.oneof(words, unique(`${tag}Dislike`)),
        incognito: fc.boolean(),
        criteria: criteriaArb(3),
      }),
    });
  };
  const dispute = (clientIds: string[], conversationIds: string[], hidden: Hidden) =>
    disputeArb(env, clientIds, conversationIds, {
      ...hiddenFields(env, hidden),
      title: unique(hidden ? 'HiddenDispute' : 'Dispute'),
      whatWentWrong: words,
      resolution: words,
      notes: note,
      conversationIds: someOf(conversationIds, 2),
      plan: fc.array(
        fc.record({
          id: fc.uuid(),
          text: words,
          owner: words,
          due: fc.option(env.day, { nil: null }),
          done: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
    });
  const decision = (
    clientIds: string[],
    links: fc.Arbitrary<DecisionLinks>,
    o: { hidden: boolean; deleted: boolean },
  ) =>
    decisionArb(env, clientIds, links, {
      deletedAt: o.deleted ? env.instant : fc.constant(null),
      decision: unique(o.hidden ? 'HiddenDecision' : 'Decision'),
      promised: unique(o.hidden ? 'HiddenPromise' : 'Promise'),
      owner: words,
      note,
    });

  return fc.uniqueArray(client, { ...byId, minLength: 1, maxLength: 5 }).chain((clients) => {
    const clientIds = clients.map((c) => c.id);
    return fc
      .record({
        conversations: fc.uniqueArray(conversation(clientIds, null), { ...byId, maxLength: 10 }),
        hiddenConversations: fc.uniqueArray(
          fc.oneof(conversation(clientIds, 'private'), conversation(clientIds, 'deleted')),
          { ...byId, maxLength: 5 },
        ),
      })
      .chain(({ conversations, hiddenConversations }) => {
        const shownIds = conversations.map((c) => c.id);
        const hiddenIds = hiddenConversations.map((c) => c.id);
        return fc
          .record({
            disputes: fc.uniqueArray(dispute(clientIds, shownIds, null), { ...byId, maxLength: 4 }),
            hiddenDisputes: fc.uniqueArray(
              fc.oneof(
                dispute(clientIds, [...shownIds, ...hiddenIds], 'private'),
                dispute(clientIds, [...shownIds, ...hiddenIds], 'deleted'),
              ),
              { ...byId, maxLength: 3 },
            ),
            // Links from public disputes to hidden conversations (e.g. a private follow-up call).
            extraLinks: fc.array(hiddenIds.length ? fc.constantFrom(...hiddenIds) : fc.constant(null), {
              maxLength: 4,
            }),
          })
          .chain(({ disputes, hiddenDisputes, extraLinks }) => {
            const disputeIds = disputes.map((d) => d.id);
            const hiddenDisputeIds = hiddenDisputes.map((d) => d.id);
            const shownLinks = fc.record({ conversationId: oneOrNull(shownIds), disputeId: oneOrNull(disputeIds) });
            // At least one link to a hidden record.
            const hiddenLinks = fc.oneof(
              fc.record({
                conversationId: hiddenIds.length ? fc.constantFrom(...hiddenIds) : fc.constant(null),
                disputeId: oneOrNull([...disputeIds, ...hiddenDisputeIds]),
              }),
              fc.record({
                conversationId: oneOrNull([...shownIds, ...hiddenIds]),
                disputeId: hiddenDisputeIds.length ? fc.constantFrom(...hiddenDisputeIds) : fc.constant(null),
              }),
            );
            return fc
              .record({
                decisions: fc.uniqueArray(decision(clientIds, shownLinks, { hidden: false, deleted: false }), {
                  ...byId,
                  maxLength: 5,
                }),
                hiddenDecisions: fc.uniqueArray(
                  hiddenIds.length + hiddenDisputeIds.length === 0
                    ? decision(clientIds, shownLinks, { hidden: true, deleted: true })
                    : fc.oneof(
                        decision(clientIds, hiddenLinks, { hidden: true, deleted: false }).filter(
                          (d) =>
                            (d.conversationId !== null && hiddenIds.includes(d.conversationId)) ||
                            (d.disputeId !== null && hiddenDisputeIds.includes(d.disputeId)),
                        ),
                        decision(clientIds, shownLinks, { hidden: true, deleted: true }),
                      ),
                  { ...byId, maxLength: 4 },
                ),
              })
              .map(({ decisions, hiddenDecisions }) => {
                const linked = disputes.map((d, i) => {
                  const extra = extraLinks[i];
                  return extra && !d.conversationIds.includes(extra)
                    ? { ...d, conversationIds: [...d.conversationIds, extra] }
                    : d;
                });
                const shown: Journal = { clients, conversations, disputes, decisions };
                const full: Journal = {
                  clients,
                  conversations: [...conversations, ...hiddenConversations],
                  disputes: [...linked, ...hiddenDisputes],
                  decisions: [...decisions, ...hiddenDecisions],
                };
                return { shown, full };
              });
          });
      });
  });
}
