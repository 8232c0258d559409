/**
 * The draft of a new conversation: what the "Log conversation" form holds, as it is kept
 * between keystrokes so that a crash never loses a word. Read back only through
 * `parseConversationDraft`: a draft written by an older version, or damaged on disk, is
 * reported as invalid (and set aside by the caller), never handed to the form half-checked.
 */
import { z } from 'zod';
import { CHANNELS, DECISION_STATUSES, DIRECTIONS, OUTCOMES } from './types';
import { feedbackSchema } from './schemas';

export const clientChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), id: z.string().min(1) }),
  z.object({ kind: z.literal('new'), name: z.string() }),
]);

/** A decision being typed: its text may still be empty, its due date not yet chosen. */
export const decisionDraftSchema = z.object({
  id: z.string().min(1).optional(),
  decision: z.string(),
  promised: z.string(),
  owner: z.string(),
  due: z.string().nullable(),
  status: z.enum(DECISION_STATUSES),
  note: z.string(),
});

export const conversationFormSchema = z.object({
  clientQuery: z.string(),
  client: clientChoiceSchema.nullable(),
  /** `datetime-local` value, `yyyy-MM-ddTHH:mm` (may be partly typed). */
  when: z.string(),
  channel: z.enum(CHANNELS),
  direction: z.enum(DIRECTIONS),
  outcome: z.enum(OUTCOMES).nullable(),
  summary: z.string(),
  notes: z.string(),
  private: z.boolean(),
  feedback: feedbackSchema,
  // Drafts written before decisions were part of the form have none.
  decisions: z.array(decisionDraftSchema).default([]),
});

export type ConversationDraftForm = z.infer<typeof conversationFormSchema>;

export const conversationDraftSchema = z.object({
  form: conversationFormSchema,
  /** When it was last written (ISO instant). */
  savedAt: z.string(),
});

export type ConversationDraft = z.infer<typeof conversationDraftSchema>;

export type DraftParse = { ok: true; draft: ConversationDraft } | { ok: false; reason: string };

/** Checks a stored draft; `reason` says what is wrong (for the set-aside record, not the UI). */
export function parseConversationDraft(raw: unknown): DraftParse {
  const result = conversationDraftSchema.safeParse(raw);
  if (result.success) return { ok: true, draft: result.data };
  const reason = result.error.issues.map((issue) => `${issue.path.join('.') || '(draft)'}: ${issue.message}`);
  return { ok: false, reason: reason.join('; ') };
}
