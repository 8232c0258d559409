/** The log dialog's form state, and how it maps to and from a stored conversation. */
import { format } from 'date-fns';
import type {
  Channel,
  Conversation,
  Decision,
  DecisionDraft,
  Direction,
  Feedback,
  Outcome,
} from '../../../shared/domain/types';
import { emptyFeedback } from '../../../shared/domain/types';
import type { Language } from '../../../shared/domain/settings';
import { formatWhenField, whenInstant } from '../../../shared/dates/whenPhrase';
import { decisionDraftsNeedingText } from '../../../shared/rules/decisions';
import type { ConversationInput } from '../../db/conversations';
import type { ClientChoice } from '../../common/ClientCombobox';

export interface ConversationForm {
  clientQuery: string;
  client: ClientChoice | null;
  /**
   * What the When field holds: a phrase ("yesterday 15:00", "вчера в 15:00", "30 Nov 2026
   * 15:00", a picker's `yyyy-MM-ddTHH:mm`), read by shared/dates/whenPhrase.ts; empty means now.
   */
  when: string;
  channel: Channel;
  direction: Direction;
  outcome: Outcome | null;
  summary: string;
  notes: string;
  private: boolean;
  feedback: Feedback;
  decisions: DecisionDraft[];
}

export type FormErrors = Partial<Record<'client' | 'when' | 'outcome' | 'decisions', string>>;

/** A `datetime-local` picker's value in local time. */
export function toLocalInput(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm");
}

/** `yyyy-MM-ddTHH:mm` without an offset is local time; null when not a valid date. */
export function fromLocalInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function emptyForm(defaults: Partial<Pick<ConversationForm, 'channel' | 'direction'>> = {}): ConversationForm {
  return {
    clientQuery: '',
    client: null,
    when: '',
    channel: defaults.channel ?? 'call',
    direction: defaults.direction ?? 'inbound',
    outcome: null,
    summary: '',
    notes: '',
    private: false,
    feedback: emptyFeedback(),
    decisions: [],
  };
}

export function draftFromDecision(d: Decision): DecisionDraft {
  return {
    id: d.id,
    decision: d.decision,
    promised: d.promised,
    owner: d.owner,
    due: d.due,
    status: d.status,
    note: d.note,
  };
}

export function formFromConversation(
  c: Conversation,
  clientName: string,
  decisions: Decision[],
  language: Language,
): ConversationForm {
  return {
    clientQuery: clientName,
    client: { kind: 'existing', id: c.clientId },
    when: formatWhenField(new Date(c.at), language),
    channel: c.channel,
    direction: c.direction,
    outcome: c.outcome,
    summary: c.summary,
    notes: c.notes,
    private: c.private,
    feedback: { ...emptyFeedback(), ...c.feedback, criteria: { ...c.feedback?.criteria } },
    decisions: decisions.map(draftFromDecision),
  };
}

/** Where "when" is read from: the moment of saving and the app language (tried first). */
export interface WhenContext {
  now: Date;
  language: Language;
}

export function validateForm(
  form: ConversationForm,
  t: (key: string, options?: Record<string, string>) => string,
  { now, language }: WhenContext,
): FormErrors {
  const errors: FormErrors = {};
  if (!form.client) {
    errors.client = form.clientQuery.trim()
      ? t('validation.clientPick', { name: form.clientQuery.trim() })
      : t('validation.clientRequired');
  }
  if (!whenInstant(form.when, now, language)) errors.when = t('validation.whenUnreadable', { text: form.when.trim() });
  if (!form.outcome) errors.outcome = t('validation.outcomeRequired');
  // A row with a promise (or an owner, a due date, a note) but no decision is refused, never dropped.
  if (decisionDraftsNeedingText(form.decisions).length > 0) errors.decisions = t('validation.decisionText');
  return errors;
}

/** The conversation fields of a valid form (the client is resolved by the caller). */
export function formToInput(
  form: ConversationForm,
  clientId: string,
  { now, language }: WhenContext,
): ConversationInput {
  const when = whenInstant(form.when, now, language);
  if (!when || !form.outcome) throw new Error('validate the form first');
  return {
    clientId,
    at: when.toISOString(),
    channel: form.channel,
    direction: form.direction,
    outcome: form.outcome,
    summary: form.summary.trim(),
    notes: form.notes,
    private: form.private,
    feedback: {
      whyStay: form.feedback.whyStay.trim(),
      likes: form.feedback.likes.trim(),
      dislikes: form.feedback.dislikes.trim(),
      incognito: form.feedback.incognito,
      criteria: form.feedback.criteria,
    },
  };
}

/** How many feedback fields hold something (shown on the collapsed section). */
export function filledFeedbackCount(feedback: Feedback): number {
  return (
    [feedback.whyStay, feedback.likes, feedback.dislikes].filter((s) => s.trim()).length +
    (feedback.incognito ? 1 : 0) +
    Object.values(feedback.criteria).filter(Boolean).length
  );
}

export function sameForm(a: ConversationForm, b: ConversationForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
