/**
 * Rules of disputes and their correction plans (PRODUCT.md "Dispute"). Pure functions: the
 * caller passes the current instant and today's local date, so tests freeze nothing.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { CalendarDate, Dispute, DisputeStatus, Instant, PlanStep } from '../domain/types';
import { localDateOf } from '../dates/instant';

/** Statuses that keep a client marked as a problem client. */
export const ACTIVE_DISPUTE_STATUSES = ['open', 'inCorrection'] as const satisfies readonly DisputeStatus[];

/** Open → In correction → Resolved, Open → Resolved, Resolved → Open (reopen). */
const TRANSITIONS: Record<DisputeStatus, readonly DisputeStatus[]> = {
  open: ['inCorrection', 'resolved'],
  inCorrection: ['resolved'],
  resolved: ['open'],
};

export function allowedTransitions(from: DisputeStatus): readonly DisputeStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: DisputeStatus, to: DisputeStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isActiveStatus(status: DisputeStatus): boolean {
  return status !== 'resolved';
}

export function isActiveDispute(dispute: Pick<Dispute, 'status' | 'deletedAt'>): boolean {
  return dispute.deletedAt === null && isActiveStatus(dispute.status);
}

export type StatusChangeResult =
  | { ok: true; changes: Pick<Dispute, 'status' | 'statusHistory'> }
  | { ok: false; reason: 'notAllowed' }
  | { ok: false; reason: 'unfinishedSteps'; unfinished: number };

/**
 * Moves a dispute to `to`, appending the change to its history. Resolving while plan steps
 * are unfinished needs `confirmUnfinished` (the director said "resolve anyway").
 */
export function changeStatus(
  dispute: Pick<Dispute, 'status' | 'statusHistory' | 'plan'>,
  to: DisputeStatus,
  at: Instant,
  options: { confirmUnfinished?: boolean } = {},
): StatusChangeResult {
  if (!canTransition(dispute.status, to)) return { ok: false, reason: 'notAllowed' };
  if (to === 'resolved' && !options.confirmUnfinished) {
    const unfinished = unfinishedStepCount(dispute.plan);
    if (unfinished > 0) return { ok: false, reason: 'unfinishedSteps', unfinished };
  }
  return { ok: true, changes: { status: to, statusHistory: [...dispute.statusHistory, { status: to, at }] } };
}

/** Local date the dispute was last resolved on, or null when it is not resolved. */
export function resolvedOn(dispute: Pick<Dispute, 'status' | 'statusHistory'>): CalendarDate | null {
  if (dispute.status !== 'resolved') return null;
  for (let i = dispute.statusHistory.length - 1; i >= 0; i--) {
    const change = dispute.statusHistory[i];
    if (change?.status === 'resolved') return localDateOf(change.at);
  }
  return null;
}

/** Whole days since the dispute was opened: until today, or until it was resolved. Never negative. */
export function disputeAgeDays(
  dispute: Pick<Dispute, 'openedOn' | 'status' | 'statusHistory'>,
  today: CalendarDate,
): number {
  const end = resolvedOn(dispute) ?? today;
  return Math.max(0, differenceInCalendarDays(parseISO(end), parseISO(dispute.openedOn)));
}

// ---------- correction plan ----------

export interface PlanProgress {
  done: number;
  total: number;
}

export function planProgress(plan: readonly PlanStep[]): PlanProgress {
  return { done: plan.filter((s) => s.done).length, total: plan.length };
}

export function unfinishedStepCount(plan: readonly PlanStep[]): number {
  return plan.filter((s) => !s.done).length;
}

/** A step is overdue when it is not done and its due date is before today (local). */
export function isStepOverdue(step: Pick<PlanStep, 'done' | 'due'>, today: CalendarDate): boolean {
  return !step.done && step.due !== null && step.due < today;
}

export function overdueStepCount(plan: readonly PlanStep[], today: CalendarDate): number {
  return plan.filter((s) => isStepOverdue(s, today)).length;
}

/** Moves a step one place up (-1) or down (+1); out-of-range moves return the plan unchanged. */
export function moveStep(plan: readonly PlanStep[], stepId: string, direction: -1 | 1): PlanStep[] {
  const from = plan.findIndex((s) => s.id === stepId);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= plan.length) return [...plan];
  const next = [...plan];
  const [step] = next.splice(from, 1);
  if (step) next.splice(to, 0, step);
  return next;
}

// ---------- lists ----------

/** Clients with an open or in-correction dispute: shown as problem clients everywhere. */
export function problemClientIds(disputes: Iterable<Pick<Dispute, 'clientId' | 'status' | 'deletedAt'>>): Set<string> {
  const ids = new Set<string>();
  for (const d of disputes) if (isActiveDispute(d)) ids.add(d.clientId);
  return ids;
}

type Sortable = Pick<Dispute, 'id' | 'clientId' | 'status' | 'openedOn' | 'createdAt'>;

/** Disputes page order: open and in correction first, then VIP clients first, then oldest first. */
export function compareDisputes(a: Sortable, b: Sortable, vipClientIds: ReadonlySet<string>): number {
  const active = Number(isActiveStatus(b.status)) - Number(isActiveStatus(a.status));
  if (active !== 0) return active;
  const vip = Number(vipClientIds.has(b.clientId)) - Number(vipClientIds.has(a.clientId));
  if (vip !== 0) return vip;
  if (a.openedOn !== b.openedOn) return a.openedOn < b.openedOn ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortDisputes<T extends Sortable>(disputes: readonly T[], vipClientIds: ReadonlySet<string>): T[] {
  return [...disputes].sort((a, b) => compareDisputes(a, b, vipClientIds));
}

/** A default title from a conversation summary: its first line, at most 80 characters. */
export function titleFromSummary(summary: string): string {
  const line = summary.trim().split(/\r?\n/)[0]?.trim() ?? '';
  return line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
}

/**
 * What "Open dispute" on a complaint conversation starts from: its client, its day, a link to it,
 * its summary's first line as the title, and its privacy. A dispute opened from a private
 * conversation starts private, so the private summary never becomes the title of a dispute that
 * exports show.
 */
export function disputeDefaultsFrom(conversation: {
  id: string;
  clientId: string;
  openedOn: string;
  summary: string;
  private: boolean;
}): { clientId: string; openedOn: string; conversationId: string; title: string; private: boolean } {
  return {
    clientId: conversation.clientId,
    openedOn: conversation.openedOn,
    conversationId: conversation.id,
    title: titleFromSummary(conversation.summary),
    private: conversation.private,
  };
}
