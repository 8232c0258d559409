/**
 * Which fields of each journal record are sealed (encrypted) when the journal is protected, and
 * how a record is split into what stays in clear and what is sealed.
 *
 * Sealed: every text a person wrote or that names someone — client name, organization, role,
 * phone, email, tags and notes; a conversation's summary, notes and feedback texts (why they
 * stay, likes, dislikes); a dispute's title, what went wrong, resolution, notes and its plan
 * steps' text and owner; a decision's text, promise, owner and note.
 * In clear: what queries, indexes and the dashboard's figures need and what tells nothing about
 * what was said — ids, foreign keys, instants and calendar dates, outcome, channel, direction,
 * flags (VIP, problem, private, incognito, done), statuses and their history, root cause,
 * severity, criteria marks, cadence, last outcome.
 *
 * On disk a sealed record keeps every field with its type, the sealed ones blanked ('' or []),
 * plus `_sealed`: the sealed fields as JSON, encrypted with the data key and bound to
 * `<table>/<id>`. Blanking (rather than deleting) keeps every reader that bypasses the
 * middleware (the start-up worker that reads plain columns) working on the same shapes.
 *
 * Indexes: only clients has an index on a text field, `name` (schema v3, `listClients`). A
 * sealed client stores `name: ''`, so that index leaks nothing but no longer orders anything:
 * `listClients` sorts by name in memory (the same code-unit order IndexedDB uses). Dropping the
 * index is left to the next schema version. Every other index is on a field in clear.
 */
import type { Client, Conversation, Decision, Dispute } from '../../shared/domain/types';
import type { TableName, TableRecords } from './tables';

export const SEALED_KEY = '_sealed';

/** How a sealed record looks on disk. */
export type SealedOnDisk<T> = T & { [SEALED_KEY]: string };

type Sealer<T, Secret> = {
  /** The record with every sealed field blanked. */
  blank(record: T): T;
  /** The sealed fields' values. */
  secret(record: T): Secret;
  /** The record back from its blanked form and its secret. */
  merge(blanked: T, secret: Secret): T;
};

type ClientSecret = Pick<Client, 'name' | 'organization' | 'role' | 'phone' | 'email' | 'tags' | 'notes'>;
const clients: Sealer<Client, ClientSecret> = {
  blank: (c) => ({ ...c, name: '', organization: '', role: '', phone: '', email: '', tags: [], notes: '' }),
  secret: ({ name, organization, role, phone, email, tags, notes }) => ({
    name,
    organization,
    role,
    phone,
    email,
    tags,
    notes,
  }),
  merge: (c, s) => ({ ...c, ...s }),
};

type ConversationSecret = Pick<Conversation, 'summary' | 'notes'> & {
  feedback: Pick<Conversation['feedback'], 'whyStay' | 'likes' | 'dislikes'>;
};
const conversations: Sealer<Conversation, ConversationSecret> = {
  blank: (c) => ({ ...c, summary: '', notes: '', feedback: { ...c.feedback, whyStay: '', likes: '', dislikes: '' } }),
  secret: ({ summary, notes, feedback }) => ({
    summary,
    notes,
    feedback: { whyStay: feedback.whyStay, likes: feedback.likes, dislikes: feedback.dislikes },
  }),
  merge: (c, s) => ({ ...c, summary: s.summary, notes: s.notes, feedback: { ...c.feedback, ...s.feedback } }),
};

type DisputeSecret = Pick<Dispute, 'title' | 'whatWentWrong' | 'resolution' | 'notes'> & {
  plan: { text: string; owner: string }[];
};
const disputes: Sealer<Dispute, DisputeSecret> = {
  blank: (d) => ({
    ...d,
    title: '',
    whatWentWrong: '',
    resolution: '',
    notes: '',
    plan: d.plan.map((step) => ({ ...step, text: '', owner: '' })),
  }),
  secret: ({ title, whatWentWrong, resolution, notes, plan }) => ({
    title,
    whatWentWrong,
    resolution,
    notes,
    plan: plan.map(({ text, owner }) => ({ text, owner })),
  }),
  merge: (d, s) => ({
    ...d,
    title: s.title,
    whatWentWrong: s.whatWentWrong,
    resolution: s.resolution,
    notes: s.notes,
    plan: d.plan.map((step, i) => ({ ...step, text: s.plan[i]?.text ?? '', owner: s.plan[i]?.owner ?? '' })),
  }),
};

type DecisionSecret = Pick<Decision, 'decision' | 'promised' | 'owner' | 'note'>;
const decisions: Sealer<Decision, DecisionSecret> = {
  blank: (d) => ({ ...d, decision: '', promised: '', owner: '', note: '' }),
  secret: ({ decision, promised, owner, note }) => ({ decision, promised, owner, note }),
  merge: (d, s) => ({ ...d, ...s }),
};

/** The sealed fields of each table, as the split functions above handle them (documentation and tests). */
export const SEALED_FIELDS = {
  clients: ['name', 'organization', 'role', 'phone', 'email', 'tags', 'notes'],
  conversations: ['summary', 'notes', 'feedback.whyStay', 'feedback.likes', 'feedback.dislikes'],
  disputes: ['title', 'whatWentWrong', 'resolution', 'notes', 'plan[].text', 'plan[].owner'],
  decisions: ['decision', 'promised', 'owner', 'note'],
} as const satisfies Record<TableName, readonly string[]>;

const SEALERS: { [T in TableName]: Sealer<TableRecords[T], unknown> } = {
  clients: clients,
  conversations: conversations,
  disputes: disputes,
  decisions: decisions,
};

export function sealerOf<T extends TableName>(table: T): Sealer<TableRecords[T], unknown> {
  return SEALERS[table];
}
