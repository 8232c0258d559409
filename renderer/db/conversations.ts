/** Conversation repository. Every write also refreshes the client's last contact, in one transaction. */
import type { Conversation, Decision, DecisionDraft } from '../../shared/domain/types';
import { buildDecision, decisionChanges, decisionDraftState } from '../../shared/rules/decisions';
import { localDateOf, nowInstant, normaliseInstant } from '../../shared/dates/instant';
import { db } from './db';
import { newRecordBase } from './records';
import { buildClient, type ClientInput } from './clients';
import { isLive } from '../../shared/domain/records';

export type ConversationInput = Omit<Conversation, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

export interface ConversationFilter {
  clientId?: string;
  outcome?: Conversation['outcome'];
  channel?: Conversation['channel'];
  /** Inclusive lower bound, instant. */
  from?: string;
  /** Exclusive upper bound, instant. */
  to?: string;
}

/** Recomputes `lastContactAt`/`lastOutcome` of a client from its live conversations. */
async function refreshClientLastContact(clientId: string): Promise<void> {
  const latest = await db.conversations
    .where('[clientId+at]')
    .between([clientId, ''], [clientId, '\uffff'])
    .reverse()
    .filter(isLive)
    .first();
  await db.clients.update(clientId, {
    lastContactAt: latest?.at ?? null,
    lastOutcome: latest?.outcome ?? null,
  });
}

export interface ConversationExtras {
  /** Decisions taken in this conversation: new drafts are added, drafts with an id update that decision. */
  decisions?: DecisionDraft[];
  /**
   * A client typed in the dialog that does not exist yet ("Create “…”"): created in the same
   * transaction as the conversation, which then belongs to it (the input's clientId is ignored).
   * Nothing is created if the director discards the dialog or the save fails.
   */
  newClient?: ClientInput;
}

/**
 * Adds or updates the decisions typed in the conversation dialog (inside the caller's
 * transaction). An existing decision is written only when one of its fields changed, so saving
 * the dialog again never moves a decision's dates (the weekly summary reads them).
 */
async function saveDecisionDrafts(conversation: Conversation, drafts: DecisionDraft[]): Promise<void> {
  const now = nowInstant();
  for (const draft of drafts) {
    // The dialog refuses such a row first; a caller that did not is stopped here, never dropped silently.
    if (decisionDraftState(draft) === 'needsText') throw new Error('A decision row has a promise but no decision.');
    const fields = {
      decision: draft.decision.trim(),
      promised: draft.promised,
      owner: draft.owner,
      due: draft.due,
      status: draft.status,
      note: draft.note,
    };
    if (draft.id) {
      const stored = await db.decisions.get(draft.id);
      if (!stored) continue;
      // A decision emptied in the form keeps its old wording rather than becoming blank.
      const { decision, ...rest } = fields;
      const changes = decisionChanges(stored, { ...(decision ? fields : rest), clientId: conversation.clientId }, now);
      if (changes) await db.decisions.update(draft.id, changes);
    } else if (fields.decision) {
      await db.decisions.add(
        buildDecision(
          {
            ...fields,
            clientId: conversation.clientId,
            conversationId: conversation.id,
            decidedOn: localDateOf(conversation.at),
          },
          newRecordBase(now),
        ),
      );
    }
  }
}

/** Logs a conversation (and its decisions) and refreshes the client's last contact, all in one transaction. */
export async function logConversation(
  input: ConversationInput,
  extras: ConversationExtras = {},
): Promise<Conversation> {
  const newClient = extras.newClient ? buildClient(extras.newClient) : null;
  const conversation: Conversation = {
    ...newRecordBase(),
    ...input,
    clientId: newClient?.id ?? input.clientId,
    at: normaliseInstant(input.at),
  };
  await db.transaction('rw', db.conversations, db.clients, db.decisions, async () => {
    if (newClient) await db.clients.add(newClient);
    await db.conversations.add(conversation);
    await refreshClientLastContact(conversation.clientId);
    if (extras.decisions) await saveDecisionDrafts(conversation, extras.decisions);
  });
  return conversation;
}

export async function updateConversation(
  id: string,
  patch: Partial<ConversationInput>,
  extras: ConversationExtras = {},
): Promise<void> {
  const newClient = extras.newClient ? buildClient(extras.newClient) : null;
  await db.transaction('rw', db.conversations, db.clients, db.decisions, async () => {
    const before = await db.conversations.get(id);
    if (!before) throw new Error(`Conversation ${id} not found.`);
    if (newClient) await db.clients.add(newClient);
    const changes: Partial<Conversation> = {
      ...patch,
      ...(newClient ? { clientId: newClient.id } : {}),
      updatedAt: nowInstant(),
    };
    if (patch.at) changes.at = normaliseInstant(patch.at);
    await db.conversations.update(id, changes);
    await refreshClientLastContact(before.clientId);
    if (changes.clientId && changes.clientId !== before.clientId) await refreshClientLastContact(changes.clientId);
    if (extras.decisions) await saveDecisionDrafts({ ...before, ...changes } as Conversation, extras.decisions);
  });
}

/**
 * Tombstones a conversation and the decisions taken in it, with one instant and in one
 * transaction, so a decision never outlives its conversation (in the register, the overdue count
 * or an export) and `restoreConversation` (Undo) brings back exactly those.
 */
export async function deleteConversation(id: string): Promise<void> {
  const now = nowInstant();
  await db.transaction('rw', db.conversations, db.clients, db.decisions, async () => {
    const conversation = await db.conversations.get(id);
    if (!conversation) throw new Error(`Conversation ${id} not found.`);
    if (!isLive(conversation)) return;
    await db.conversations.update(id, { deletedAt: now, updatedAt: now });
    await db.decisions
      .where('conversationId')
      .equals(id)
      .filter((d): boolean => isLive(d)) // a plain filter: modify() writes a deletedAt
      .modify({ deletedAt: now, updatedAt: now });
    await refreshClientLastContact(conversation.clientId);
  });
}

/** Undoes `deleteConversation`: the conversation and the decisions deleted with it. */
export async function restoreConversation(id: string): Promise<void> {
  const now = nowInstant();
  await db.transaction('rw', db.conversations, db.clients, db.decisions, async () => {
    const conversation = await db.conversations.get(id);
    if (!conversation) throw new Error(`Conversation ${id} not found.`);
    if (isLive(conversation)) return;
    const deletedAt = conversation.deletedAt;
    await db.conversations.update(id, { deletedAt: null, updatedAt: now });
    await db.decisions
      .where('conversationId')
      .equals(id)
      .filter((d) => d.deletedAt === deletedAt)
      .modify({ deletedAt: null, updatedAt: now });
    await refreshClientLastContact(conversation.clientId);
  });
}

export async function getConversation(id: string): Promise<Conversation | undefined> {
  const c = await db.conversations.get(id);
  return isLive(c) ? c : undefined;
}

/** Live conversations matching the filter, newest first. */
export async function listConversations(filter: ConversationFilter = {}): Promise<Conversation[]> {
  const from = filter.from ?? '';
  const to = filter.to ?? '\uffff';
  const collection = filter.clientId
    ? db.conversations.where('[clientId+at]').between([filter.clientId, from], [filter.clientId, to], true, false)
    : db.conversations.where('at').between(from, to, true, false);
  const rows = await collection
    .reverse()
    .filter(
      (c) =>
        isLive(c) &&
        (!filter.outcome || c.outcome === filter.outcome) &&
        (!filter.channel || c.channel === filter.channel),
    )
    .toArray();
  return rows;
}

/**
 * Full records for the given ids, in the same order (undefined for unknown or deleted ones).
 * The journal keeps compact rows in memory and fetches full records only for visible rows.
 */
export async function getConversationsByIds(ids: readonly string[]): Promise<(Conversation | undefined)[]> {
  const found = await db.conversations.bulkGet([...ids]);
  return found.map((c) => (isLive(c) ? c : undefined));
}

/** The live decisions taken in a conversation, oldest first (to edit them with the conversation). */
export async function listConversationDecisions(conversationId: string): Promise<Decision[]> {
  const all = await db.decisions.where('conversationId').equals(conversationId).toArray();
  return all.filter(isLive).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
