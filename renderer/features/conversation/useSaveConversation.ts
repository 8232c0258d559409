/**
 * Saving the log dialog's form: validate, ask before creating a client whose name one already
 * has, write (one transaction, renderer/db/conversations.ts), drop the draft, tell the director.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Conversation } from '../../../shared/domain/types';
import { findClientNamed } from '../../../shared/rules/clientNames';
import { useToast } from '../../ui/Toasts';
import { listClients } from '../../db/clients';
import { logConversation, updateConversation } from '../../db/conversations';
import type { ClientDirectory } from '../../common/useClients';
import type { ClientChoice } from '../../common/ClientCombobox';
import { isStorageFull } from '../../common/storageFull';
import { useSettings } from '../../shell/SettingsProvider';
import { formToInput, validateForm, type ConversationForm, type FormErrors } from './conversationForm';
import { writeDefaults } from './conversationDefaults';
import { showComplaintFollowUp } from './useComplaintFollowUp';

interface SaveOptions {
  form: ConversationForm;
  /** The conversation being edited, and the `when` its form opened with; null for a new one. */
  editing: { conversation: Conversation; openedWhen: string } | null;
  directory: ClientDirectory | undefined;
  /** Drops the draft once a new conversation is saved. */
  clearDraft: () => Promise<void>;
  /** Puts the focus on the first field with an error. */
  focusError: (field: keyof FormErrors) => void;
  onSaved: () => void;
}

export function useSaveConversation(options: SaveOptions) {
  const { t } = useTranslation('conversation');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const { language } = useSettings();
  const [errors, setErrors] = useState<FormErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  /** The existing client named like the new one, while asking whether to create another. */
  const [duplicate, setDuplicate] = useState<Client | null>(null);
  const busy = useRef(false);

  /** `client` overrides the form's choice (the director picked the existing client when asked). */
  const save = async ({ allowDuplicate = false, client }: { allowDuplicate?: boolean; client?: Client } = {}) => {
    if (busy.current) return;
    const { form, editing, directory } = options;
    // "When" is read against this moment: an empty field, "2 hours ago"…
    const when = { now: new Date(), language };
    const found = validateForm(form, t, when);
    setErrors(found);
    const first = (['client', 'when', 'outcome', 'decisions'] as const).find((field) => found[field]);
    if (first) {
      options.focusError(first);
      return;
    }
    const choice: ClientChoice | null = client ? { kind: 'existing', id: client.id } : form.client;
    if (!choice) return;
    busy.current = true;
    setSaving(true);
    setSaveError(null);
    try {
      if (choice.kind === 'new' && !allowDuplicate) {
        // Read now: the picker's list may have been loading when "Create" was chosen.
        const existing = findClientNamed(await listClients({ includeArchived: true }), choice.name);
        if (existing) {
          setDuplicate(existing);
          busy.current = false;
          setSaving(false);
          return;
        }
      }
      setDuplicate(null);
      const input = formToInput(form, choice.kind === 'existing' ? choice.id : '', when);
      const extras = {
        decisions: form.decisions,
        newClient: choice.kind === 'new' ? { name: choice.name } : undefined,
      };
      let saved: Conversation;
      if (editing) {
        // Keep the stored seconds unless the director changed the time.
        const patch = form.when === editing.openedWhen ? { ...input, at: editing.conversation.at } : input;
        await updateConversation(editing.conversation.id, patch, extras);
        saved = { ...editing.conversation, ...patch };
      } else {
        saved = await logConversation(input, extras);
        await options.clearDraft();
        writeDefaults({ channel: form.channel, direction: form.direction });
      }
      const clientName =
        choice.kind === 'new'
          ? choice.name
          : (client?.name ?? directory?.byId.get(choice.id)?.name ?? form.clientQuery);
      toast({
        message: editing ? t('updated') : t('saved', { client: clientName }),
        tone: 'success',
      });
      if (saved.outcome === 'complaint' && editing?.conversation.outcome !== 'complaint') {
        showComplaintFollowUp({ conversation: saved, clientName });
      }
      options.onSaved();
    } catch (error) {
      busy.current = false;
      setSaving(false);
      setSaveError(
        isStorageFull(error)
          ? tc('errors.storageFull')
          : tc('errors.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  /** A field changed: its error and any save error go. */
  const onFieldsChanged = (fields: string[]) => {
    setSaveError(null);
    if (fields.includes('client') || fields.includes('clientQuery')) setDuplicate(null);
    setErrors((e) => {
      const next = { ...e };
      if (fields.includes('client') || fields.includes('clientQuery')) delete next.client;
      if (fields.includes('when')) delete next.when;
      if (fields.includes('outcome')) delete next.outcome;
      return next;
    });
  };

  return { save, isSaving, errors, saveError, duplicate, dismissDuplicate: () => setDuplicate(null), onFieldsChanged };
}
