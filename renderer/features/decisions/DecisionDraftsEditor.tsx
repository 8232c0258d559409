import type { DecisionDraft } from '../../../shared/domain/types';

/**
 * The "Decisions" section of the log conversation dialog: lists drafts with "Add decision".
 * Drafts are saved with the conversation in one transaction (see logConversation extras).
 * The decisions feature fills this in.
 */
export function DecisionDraftsEditor(_props: {
  /** null while logging a new conversation. */
  conversationId: string | null;
  drafts: DecisionDraft[];
  onChange: (drafts: DecisionDraft[]) => void;
}) {
  return null;
}
