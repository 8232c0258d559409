/**
 * The dialog's draft: what it opens with (the conversation being edited, a restored draft of
 * a new one, or a fresh form) and, while a new conversation is typed, the writes that keep it
 * on disk (renderer/db/drafts.ts: IndexedDB, strict durability, at most 300 ms behind).
 */
import { useEffect, useRef, useState } from 'react';
import { CHANNELS, DIRECTIONS, type Client, type Conversation } from '../../../shared/domain/types';
import type { LogConversationRequest } from '../../shell/LogConversationContext';
import { getClient } from '../../db/clients';
import { getConversation, listConversationDecisions } from '../../db/conversations';
import { DraftSaver, readConversationDraft } from '../../db/drafts';
import { emptyForm, formFromConversation, type ConversationForm } from './conversationForm';
import { readDefaults } from './conversationDefaults';
import type { Language } from '../../../shared/domain/settings';
import { formatWhenField } from '../../../shared/dates/whenPhrase';

export interface LoadedForm {
  form: ConversationForm;
  /** The conversation being edited; null when logging a new one. */
  editing: Conversation | null;
  /** When the form came from a crash-surviving draft. */
  restoredAt: string | null;
  /** A stored draft that could not be read: kept aside, its text shown to the director. */
  setAside: { at: string; text: string } | null;
  /** What "Start over" resets to: a new form, with the requested client if any. */
  fresh: ConversationForm;
}

function newConversationForm(clientId: string | undefined, client: Client | undefined): ConversationForm {
  const remembered = readDefaults();
  const form = emptyForm({
    channel: CHANNELS.find((c) => c === remembered.channel),
    direction: DIRECTIONS.find((d) => d === remembered.direction),
  });
  if (clientId && client) return { ...form, client: { kind: 'existing', id: clientId }, clientQuery: client.name };
  return form;
}

async function loadForm(request: LogConversationRequest, language: Language): Promise<LoadedForm | 'missing'> {
  const { conversationId, clientId } = request;
  if (conversationId) {
    const conversation = await getConversation(conversationId);
    if (!conversation) return 'missing';
    const [client, decisions] = await Promise.all([
      getClient(conversation.clientId),
      listConversationDecisions(conversationId),
    ]);
    return {
      form: formFromConversation(conversation, client?.name ?? '', decisions, language),
      editing: conversation,
      restoredAt: null,
      setAside: null,
      fresh: newConversationForm(undefined, undefined),
    };
  }
  const client = clientId ? await getClient(clientId) : undefined;
  const read = await readConversationDraft();
  const fresh = newConversationForm(clientId, client);
  if (read.kind === 'draft') {
    const { form: typed, savedAt } = read.draft;
    // An empty When meant "now" while it was typed: that moment, not the moment it comes back.
    const drafted = typed.when.trim() ? typed : { ...typed, when: formatWhenField(new Date(savedAt), language) };
    const form: ConversationForm =
      !drafted.client && client && clientId
        ? { ...drafted, client: { kind: 'existing', id: clientId }, clientQuery: client.name }
        : drafted;
    return { form, editing: null, restoredAt: savedAt, setAside: null, fresh };
  }
  const setAside = read.kind === 'setAside' ? { at: read.setAsideAt, text: read.text } : null;
  return { form: fresh, editing: null, restoredAt: null, setAside, fresh };
}

/** The form the dialog opens with; `missing` when the conversation to edit no longer exists. */
export function useInitialForm(
  request: LogConversationRequest,
  language: Language,
): { loaded: LoadedForm | null; missing: boolean } {
  const [loaded, setLoaded] = useState<LoadedForm | null>(null);
  const [missing, setMissing] = useState(false);
  // Loaded once per dialog: reading sets an invalid draft aside, so a second read (React's
  // StrictMode runs effects twice) would find nothing and lose the notice.
  const loading = useRef<{ request: LogConversationRequest; result: Promise<LoadedForm | 'missing'> } | null>(null);
  useEffect(() => {
    let cancelled = false;
    if (loading.current?.request !== request) loading.current = { request, result: loadForm(request, language) };
    void loading.current.result.then((result) => {
      if (cancelled) return;
      if (result === 'missing') setMissing(true);
      else setLoaded(result);
    });
    return () => {
      cancelled = true;
    };
    // Loaded once per request: a later language change does not reload the form.
  }, [request, language]);
  return { loaded, missing };
}

/**
 * Keeps the draft of a new conversation on disk: a changed form is written at most 300 ms
 * later; a form typed back to what it opened with leaves nothing to restore. Edits of saved
 * conversations are not drafted (the stored record is the fallback). `clear()` after a save or
 * a discard; a pending write is flushed when the page unloads or is hidden, or the dialog unmounts.
 */
export function useDraftAutosave(form: ConversationForm, { enabled, isDirty }: { enabled: boolean; isDirty: boolean }) {
  const [saver] = useState(() => new DraftSaver());

  useEffect(() => {
    if (!enabled) return;
    if (isDirty) saver.schedule(form);
    else void saver.clear();
  }, [saver, form, isDirty, enabled]);

  useEffect(() => {
    // An unloading page cannot finish an IndexedDB write: the saver keeps what is pending in
    // localStorage for that moment (renderer/db/drafts.ts).
    const unload = () => saver.flushOnUnload();
    const hidden = () => {
      if (document.visibilityState === 'hidden') saver.flushOnUnload();
    };
    window.addEventListener('pagehide', unload);
    window.addEventListener('beforeunload', unload);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', unload);
      window.removeEventListener('beforeunload', unload);
      document.removeEventListener('visibilitychange', hidden);
      // After a save or a discard, clear() has already dropped what was pending.
      void saver.flush();
    };
  }, [saver]);

  return { clear: (): Promise<void> => saver.clear() };
}
