/**
 * The unsaved draft of a NEW conversation, kept in localStorage on every change so that a
 * crash, a reload or a closed laptop lid never loses what the director typed. Cleared on save
 * or discard. (Edits of saved conversations are not drafted: the stored record is the fallback.)
 */
import type { Channel, Direction } from '../../../shared/domain/types';
import type { ConversationForm } from './conversationForm';

const DRAFT_KEY = 'rapport.conversationDraft';
const DEFAULTS_KEY = 'rapport.conversationDefaults';

export interface StoredDraft {
  form: ConversationForm;
  /** When it was last written (ISO). */
  savedAt: string;
}

export function readDraft(): StoredDraft | null {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft>;
    if (!parsed.form || typeof parsed.form.summary !== 'string' || !parsed.form.feedback) return null;
    return { form: { ...parsed.form, decisions: parsed.form.decisions ?? [] }, savedAt: parsed.savedAt ?? '' };
  } catch {
    return null;
  }
}

export function writeDraft(form: ConversationForm): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ form, savedAt: new Date().toISOString() } satisfies StoredDraft));
  } catch {
    // A full disk can refuse this too; the form on screen still holds everything.
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to do: an unremovable draft is offered again next time, which is harmless.
  }
}

/** The channel and direction of the last saved conversation: the director's usual ones. */
export function readDefaults(): { channel?: Channel; direction?: Direction } {
  try {
    return JSON.parse(localStorage.getItem(DEFAULTS_KEY) ?? '{}') as { channel?: Channel; direction?: Direction };
  } catch {
    return {};
  }
}

export function writeDefaults(defaults: { channel: Channel; direction: Direction }): void {
  try {
    localStorage.setItem(DEFAULTS_KEY, JSON.stringify(defaults));
  } catch {
    // Only a convenience.
  }
}
