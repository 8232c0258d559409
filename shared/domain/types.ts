/**
 * Domain types of Rapport. Vocabulary follows PRODUCT.md: client, conversation,
 * outcome, dispute, correction plan, decision. Instants are ISO 8601 strings with
 * offset; calendar dates are `yyyy-MM-dd` strings.
 */

/** ISO 8601 instant with offset, e.g. `2026-11-23T15:04:00.000+03:00`. */
export type Instant = string;
/** Calendar date `yyyy-MM-dd`. */
export type CalendarDate = string;

/** Every stored record: UUID id, timestamps, and a tombstone instead of a hard delete. */
export interface BaseRecord {
  id: string;
  createdAt: Instant;
  updatedAt: Instant;
  /** Set when deleted; the record stays so undo and a later sync are possible. */
  deletedAt: Instant | null;
}

export const OUTCOMES = ['satisfied', 'neutral', 'complaint'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CHANNELS = ['call', 'meeting', 'video', 'email', 'message', 'event', 'visit'] as const;
export type Channel = (typeof CHANNELS)[number];

/** `inbound`: the client reached out; `outbound`: the director reached out. */
export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The nine service criteria clients judge a company on. */
export const CRITERIA = [
  'competence',
  'accessibility',
  'courtesy',
  'reliability',
  'security',
  'responsibility',
  'communication',
  'understanding',
  'tangibles',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CRITERION_MARKS = ['praised', 'criticised'] as const;
export type CriterionMark = (typeof CRITERION_MARKS)[number];

export interface Client extends BaseRecord {
  name: string;
  organization: string;
  role: string;
  phone: string;
  email: string;
  tags: string[];
  vip: boolean;
  /** Manual problem flag; the derived one comes from open disputes. */
  problem: boolean;
  notes: string;
  archivedAt: Instant | null;
  /** Denormalised from conversations in the same transaction as each write. */
  lastContactAt: Instant | null;
  lastOutcome: Outcome | null;
  /**
   * Keep-in-touch cadence in days, or `'off'`; absent = follow the defaults (Settings → Keep in
   * touch). Optional rather than a schema version: it is not indexed, and older records and
   * backups simply lack it.
   */
  cadenceDays?: number | 'off';
}

export interface Feedback {
  /** "Why do you work with us?" */
  whyStay: string;
  likes: string;
  dislikes: string;
  /** The client did not know they were talking to the director. */
  incognito: boolean;
  criteria: Partial<Record<Criterion, CriterionMark>>;
}

export interface Conversation extends BaseRecord {
  clientId: string;
  at: Instant;
  channel: Channel;
  direction: Direction;
  outcome: Outcome;
  summary: string;
  notes: string;
  private: boolean;
  feedback: Feedback;
}

export const ROOT_CAUSES = ['misunderstood', 'failedToExplain', 'defect', 'exaggerated', 'other'] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DISPUTE_STATUSES = ['open', 'inCorrection', 'resolved'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export interface StatusChange {
  status: DisputeStatus;
  at: Instant;
}

export interface PlanStep {
  id: string;
  text: string;
  owner: string;
  due: CalendarDate | null;
  done: boolean;
}

export interface Dispute extends BaseRecord {
  clientId: string;
  title: string;
  openedOn: CalendarDate;
  rootCause: RootCause;
  severity: Severity;
  whatWentWrong: string;
  resolution: string;
  notes: string;
  private: boolean;
  status: DisputeStatus;
  statusHistory: StatusChange[];
  conversationIds: string[];
  plan: PlanStep[];
}

export const DECISION_STATUSES = ['pending', 'kept', 'changed', 'broken'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** One status change of a decision: the new status and when it was set. */
export interface DecisionStatusChange {
  status: DecisionStatus;
  at: Instant;
}

export interface Decision extends BaseRecord {
  clientId: string;
  conversationId: string | null;
  disputeId: string | null;
  decidedOn: CalendarDate;
  decision: string;
  promised: string;
  owner: string;
  due: CalendarDate | null;
  status: DecisionStatus;
  /**
   * Every status the decision has had, oldest first, each with the instant it was set; the last
   * entry is `status`. The weekly summary's kept, changed and broken come from it (schema v2).
   */
  statusHistory: DecisionStatusChange[];
  note: string;
}

export function emptyFeedback(): Feedback {
  return { whyStay: '', likes: '', dislikes: '', incognito: false, criteria: {} };
}

/** A decision as typed in a form, before it is stored (no id yet when new). */
export type DecisionDraft = Pick<Decision, 'decision' | 'promised' | 'owner' | 'due' | 'status' | 'note'> & {
  id?: string;
};
