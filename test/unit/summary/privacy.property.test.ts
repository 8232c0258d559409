/**
 * Private is private on every path, as a property: for random journals, every export format
 * without private entries is identical to the export of the same journal from which every
 * private record, everything linked to it and everything deleted has been physically removed.
 * And no `notes` text ever appears in any export, with or without private entries.
 *
 * The generator builds the public journal first and then hides things in it (private and
 * deleted conversations, private and deleted disputes, decisions taken in them, links from public
 * disputes to hidden conversations), so the "physically removed" journal is known independently
 * of the rule under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
import { buildWeeklySummary, type WeeklySummaryInput } from '../../../shared/summary/model';
import { toMarkdown } from '../../../shared/summary/markdown';
import { toHtml } from '../../../shared/summary/html';
import { toCsv } from '../../../shared/summary/csv';
import { isLive } from '../../../shared/domain/records';

const WEEK = '2026-W48';
const NOTE = 'zqNOTE';
const fromMs = Date.parse('2026-11-16T00:00:00Z');
const toMs = Date.parse('2026-12-06T00:00:00Z');
const instant = fc.integer({ min: fromMs, max: toMs }).map((ms) => new Date(ms).toISOString());
const day = instant.map((i) => i.slice(0, 10));
const words = fc.constantFrom('', 'delivery', 'price', 'доставка', 'invoice late', 'great service', 'цены');
/** Text that is unique to one record, so a leak names its source. */
const unique = (tag: string) => fc.uuid().map((u) => `${tag}${u.slice(0, 8)}`);
const note = unique(NOTE);
const byId = { selector: (r: { id: string }) => r.id };

interface Journal {
  clients: Client[];
  conversations: Conversation[];
  disputes: Dispute[];
  decisions: Decision[];
}

const clientArb: fc.Arbitrary<Client> = fc.record({
  id: fc.uuid(),
  createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
  updatedAt: fc.constant('2026-01-01T00:00:00.000Z'),
  deletedAt: fc.constant(null),
  name: unique('Client'),
  organization: words,
  role: fc.constant(''),
  phone: fc.constant(''),
  email: fc.constant(''),
  tags: fc.constant([]),
  vip: fc.boolean(),
  problem: fc.boolean(),
  notes: note,
  archivedAt: fc.constant(null),
  lastContactAt: fc.constant(null),
  lastOutcome: fc.constant(null),
});

function conversationArb(clientIds: string[], hidden: 'private' | 'deleted' | null): fc.Arbitrary<Conversation> {
  return fc.record({
    id: fc.uuid(),
    createdAt: instant,
    updatedAt: instant,
    deletedAt: hidden === 'deleted' ? instant : fc.constant(null),
    clientId: fc.constantFrom(...clientIds),
    at: instant,
    channel: fc.constantFrom(...CHANNELS),
    direction: fc.constantFrom(...DIRECTIONS),
    outcome: fc.constantFrom(...OUTCOMES),
    summary: unique(hidden ? 'HiddenSummary' : 'Summary'),
    notes: note,
    private: hidden === 'private' ? fc.constant(true) : hidden === 'deleted' ? fc.boolean() : fc.constant(false),
    feedback: fc.record({
      whyStay: fc.oneof(words, unique(hidden ? 'HiddenWhy' : 'Why')),
      likes: fc.oneof(words, unique(hidden ? 'HiddenLike' : 'Like')),
      dislikes: fc.oneof(words, unique(hidden ? 'HiddenDislike' : 'Dislike')),
      incognito: fc.boolean(),
      criteria: fc.dictionary(fc.constantFrom(...CRITERIA), fc.constantFrom(...CRITERION_MARKS), { maxKeys: 3 }),
    }),
  });
}

function disputeArb(
  clientIds: string[],
  conversationIds: string[],
  hidden: 'private' | 'deleted' | null,
): fc.Arbitrary<Dispute> {
  return fc.record({
    id: fc.uuid(),
    createdAt: instant,
    updatedAt: instant,
    deletedAt: hidden === 'deleted' ? instant : fc.constant(null),
    clientId: fc.constantFrom(...clientIds),
    title: unique(hidden ? 'HiddenDispute' : 'Dispute'),
    openedOn: day,
    rootCause: fc.constantFrom(...ROOT_CAUSES),
    severity: fc.constantFrom(...SEVERITIES),
    whatWentWrong: words,
    resolution: words,
    notes: note,
    private: hidden === 'private' ? fc.constant(true) : hidden === 'deleted' ? fc.boolean() : fc.constant(false),
    status: fc.constantFrom(...DISPUTE_STATUSES),
    statusHistory: fc.array(fc.record({ status: fc.constantFrom(...DISPUTE_STATUSES), at: instant }), { maxLength: 3 }),
    conversationIds: conversationIds.length
      ? fc.uniqueArray(fc.constantFrom(...conversationIds), { maxLength: 2 })
      : fc.constant([]),
    plan: fc.array(
      fc.record({ id: fc.uuid(), text: words, owner: words, due: fc.option(day, { nil: null }), done: fc.boolean() }),
      { maxLength: 3 },
    ),
  });
}

function decisionArb(
  clientIds: string[],
  links: fc.Arbitrary<{ conversationId: string | null; disputeId: string | null }>,
  options: { hidden: boolean; deleted: boolean },
): fc.Arbitrary<Decision> {
  return fc
    .record({
      id: fc.uuid(),
      createdAt: instant,
      updatedAt: instant,
      deletedAt: options.deleted ? instant : fc.constant(null),
      clientId: fc.constantFrom(...clientIds),
      links,
      decidedOn: day,
      decision: unique(options.hidden ? 'HiddenDecision' : 'Decision'),
      promised: unique(options.hidden ? 'HiddenPromise' : 'Promise'),
      owner: words,
      due: fc.option(day, { nil: null }),
      status: fc.constantFrom(...DECISION_STATUSES),
      statusHistory: fc.array(fc.record({ status: fc.constantFrom(...DECISION_STATUSES), at: instant }), {
        maxLength: 3,
      }),
      note,
    })
    .map(({ links: l, ...d }) => ({ ...d, ...l }));
}

const pick = (ids: string[]) => (ids.length ? fc.option(fc.constantFrom(...ids), { nil: null }) : fc.constant(null));

/** A public journal and the same journal with hidden records added to it. */
const journals: fc.Arbitrary<{ shown: Journal; full: Journal }> = fc
  .uniqueArray(clientArb, { ...byId, minLength: 1, maxLength: 5 })
  .chain((clients) => {
    const clientIds = clients.map((c) => c.id);
    return fc
      .record({
        conversations: fc.uniqueArray(conversationArb(clientIds, null), { ...byId, maxLength: 10 }),
        hiddenConversations: fc.uniqueArray(
          fc.oneof(conversationArb(clientIds, 'private'), conversationArb(clientIds, 'deleted')),
          { ...byId, maxLength: 5 },
        ),
      })
      .chain(({ conversations, hiddenConversations }) => {
        const shownIds = conversations.map((c) => c.id);
        const hiddenIds = hiddenConversations.map((c) => c.id);
        return fc
          .record({
            disputes: fc.uniqueArray(disputeArb(clientIds, shownIds, null), { ...byId, maxLength: 4 }),
            hiddenDisputes: fc.uniqueArray(
              fc.oneof(
                disputeArb(clientIds, [...shownIds, ...hiddenIds], 'private'),
                disputeArb(clientIds, [...shownIds, ...hiddenIds], 'deleted'),
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
            const shownLinks = fc.record({ conversationId: pick(shownIds), disputeId: pick(disputeIds) });
            // At least one link to a hidden record.
            const hiddenLinks = fc.oneof(
              fc.record({
                conversationId: hiddenIds.length ? fc.constantFrom(...hiddenIds) : fc.constant(null),
                disputeId: pick([...disputeIds, ...hiddenDisputeIds]),
              }),
              fc.record({
                conversationId: pick([...shownIds, ...hiddenIds]),
                disputeId: hiddenDisputeIds.length ? fc.constantFrom(...hiddenDisputeIds) : fc.constant(null),
              }),
            );
            return fc
              .record({
                decisions: fc.uniqueArray(decisionArb(clientIds, shownLinks, { hidden: false, deleted: false }), {
                  ...byId,
                  maxLength: 5,
                }),
                hiddenDecisions: fc.uniqueArray(
                  hiddenIds.length + hiddenDisputeIds.length === 0
                    ? decisionArb(clientIds, shownLinks, { hidden: true, deleted: true })
                    : fc.oneof(
                        decisionArb(clientIds, hiddenLinks, { hidden: true, deleted: false }).filter(
                          (d) =>
                            (d.conversationId !== null && hiddenIds.includes(d.conversationId)) ||
                            (d.disputeId !== null && hiddenDisputeIds.includes(d.disputeId)),
                        ),
                        decisionArb(clientIds, shownLinks, { hidden: true, deleted: true }),
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
});
