import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { CHANNELS, DIRECTIONS, OUTCOMES, type Client, type Conversation } from '../../../shared/domain/types';
import { dateLocale } from '../../../shared/dates/locales';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { useSettings } from '../../shell/SettingsProvider';
import type { LogConversationRequest } from '../../shell/LogConversationContext';
import { getClient } from '../../db/clients';
import {
  getConversation,
  listConversationDecisions,
  logConversation,
  updateConversation,
} from '../../db/conversations';
import { DecisionDraftsEditor } from '../decisions/DecisionDraftsEditor';
import { useProblemClientIds } from '../../common/useProblemClientIds';
import { useClients } from '../../common/useClients';
import { ClientCombobox } from '../../common/ClientCombobox';
import { RadioGroup } from '../../ui/RadioGroup';
import { isStorageFull } from '../../common/storageFull';
import { FeedbackSection } from './FeedbackSection';
import {
  emptyForm,
  filledFeedbackCount,
  formFromConversation,
  formToInput,
  sameForm,
  validateForm,
  type ConversationForm,
  type FormErrors,
} from './conversationForm';
import { clearDraft, readDefaults, readDraft, writeDefaults, writeDraft } from './conversationDraft';
import { showComplaintFollowUp } from './useComplaintFollowUp';
import './LogConversationDialog.css';

interface Loaded {
  form: ConversationForm;
  /** The conversation being edited; null when logging a new one. */
  editing: Conversation | null;
  /** When the form came from a crash-surviving draft. */
  restoredAt: string | null;
  /** What "Start over" resets to: a new form, with the requested client if any. */
  fresh: ConversationForm;
}

function newConversationForm(clientId: string | undefined, client: Client | undefined): ConversationForm {
  const remembered = readDefaults();
  const form = emptyForm(new Date(), {
    channel: CHANNELS.find((c) => c === remembered.channel),
    direction: DIRECTIONS.find((d) => d === remembered.direction),
  });
  if (clientId && client) return { ...form, client: { kind: 'existing', id: clientId }, clientQuery: client.name };
  return form;
}

/**
 * "Log conversation" (or "Edit conversation" with `request.conversationId`). Opened by the
 * header button, Ctrl/Cmd+N, the app menu and `useLogConversation().open(...)`.
 */
export function LogConversationDialog({ request, onClose }: { request: LogConversationRequest; onClose: () => void }) {
  const { t } = useTranslation('conversation');
  const { t: tc } = useTranslation();
  // The request at opening time; later Ctrl+N presses while open do not reset the form.
  const [initialRequest] = useState(request);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const { conversationId, clientId } = initialRequest;
    void (async () => {
      if (conversationId) {
        const conversation = await getConversation(conversationId);
        if (!conversation) {
          if (!cancelled) setMissing(true);
          return;
        }
        const [client, decisions] = await Promise.all([
          getClient(conversation.clientId),
          listConversationDecisions(conversationId),
        ]);
        if (!cancelled)
          setLoaded({
            form: formFromConversation(conversation, client?.name ?? '', decisions),
            editing: conversation,
            restoredAt: null,
            fresh: newConversationForm(undefined, undefined),
          });
        return;
      }
      const client = clientId ? await getClient(clientId) : undefined;
      const draft = readDraft();
      if (cancelled) return;
      const fresh = newConversationForm(clientId, client);
      if (draft) {
        const form =
          !draft.form.client && client && clientId
            ? { ...draft.form, client: { kind: 'existing' as const, id: clientId }, clientQuery: client.name }
            : draft.form;
        setLoaded({ form, editing: null, restoredAt: draft.savedAt, fresh });
      } else setLoaded({ form: fresh, editing: null, restoredAt: null, fresh });
    })();
    return () => {
      cancelled = true;
    };
  }, [initialRequest]);

  const title = initialRequest.conversationId ? t('editTitle') : tc('actions.logConversation');

  if (!loaded)
    return (
      <Dialog title={title} open onRequestClose={onClose} wide>
        {missing ? <p role="alert">{t('loadFailed')}</p> : <div className="dialog-skeleton" aria-busy="true" />}
      </Dialog>
    );
  return <ConversationFormDialog title={title} loaded={loaded} onClose={onClose} />;
}

function ConversationFormDialog({ title, loaded, onClose }: { title: string; loaded: Loaded; onClose: () => void }) {
  const { t } = useTranslation('conversation');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const toast = useToast();
  const directory = useClients();
  const problemIds = useProblemClientIds();
  const id = useId();
  const [form, setForm] = useState(loaded.form);
  const [pristine, setPristine] = useState(() => (loaded.restoredAt ? loaded.fresh : loaded.form));
  const [restoredAt, setRestoredAt] = useState(loaded.restoredAt);
  const [errors, setErrors] = useState<FormErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [isConfirmingDiscard, setConfirmingDiscard] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const editing = loaded.editing;

  // Anything changed since opening counts as "something to lose" (a restored draft always does).
  const isDirty = !sameForm(form, pristine);

  // Never lose a word: every change of a new conversation goes to the draft at once.
  useEffect(() => {
    if (editing) return;
    // Typing everything away leaves nothing to restore.
    if (isDirty) writeDraft(form);
    else clearDraft();
  }, [form, isDirty, editing]);

  const update = (patch: Partial<ConversationForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSaveError(null);
    setErrors((e) => {
      const next = { ...e };
      if ('client' in patch || 'clientQuery' in patch) delete next.client;
      if ('when' in patch) delete next.when;
      if ('outcome' in patch) delete next.outcome;
      return next;
    });
  };

  const save = async () => {
    if (isSaving) return;
    const found = validateForm(form, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = found.client ? 'client' : found.when ? 'when' : 'outcome';
      bodyRef.current
        ?.querySelector<HTMLElement>(`[data-field="${first}"] input, [data-field="${first}"] [role="combobox"]`)
        ?.focus();
      return;
    }
    const choice = form.client;
    if (!choice) return;
    setSaving(true);
    setSaveError(null);
    try {
      const input = formToInput(form, choice.kind === 'existing' ? choice.id : '');
      const extras = {
        decisions: form.decisions,
        newClient: choice.kind === 'new' ? { name: choice.name } : undefined,
      };
      let saved: Conversation;
      if (editing) {
        // Keep the stored seconds unless the director changed the time.
        const patch = form.when === loaded.form.when ? { ...input, at: editing.at } : input;
        await updateConversation(editing.id, patch, extras);
        saved = { ...editing, ...patch };
      } else {
        saved = await logConversation(input, extras);
        clearDraft();
        writeDefaults({ channel: form.channel, direction: form.direction });
      }
      const clientName =
        choice.kind === 'new' ? choice.name : (directory?.byId.get(choice.id)?.name ?? form.clientQuery);
      toast({
        message: editing ? t('updated') : t('saved', { client: clientName }),
        tone: 'success',
      });
      if (saved.outcome === 'complaint' && editing?.outcome !== 'complaint') {
        showComplaintFollowUp({ conversation: saved, clientName });
      }
      onClose();
    } catch (error) {
      setSaving(false);
      setSaveError(
        isStorageFull(error)
          ? tc('errors.storageFull')
          : tc('errors.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  const requestClose = () => {
    if (isSaving) return;
    if (isConfirmingDiscard) setConfirmingDiscard(false);
    else if (isDirty) setConfirmingDiscard(true);
    else {
      if (!editing) clearDraft();
      onClose();
    }
  };

  const discard = () => {
    if (!editing) clearDraft();
    onClose();
  };

  // showModal() focuses the first button (the close ×); start where the director types instead.
  useEffect(() => {
    const target = loaded.form.client ? '[data-field="summary"] input' : '[data-field="client"] input';
    bodyRef.current?.querySelector<HTMLElement>(target)?.focus();
  }, [loaded]);

  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const chosenClient = form.client?.kind === 'existing' ? directory?.byId.get(form.client.id) : undefined;
  const locale = dateLocale(language);

  const footer = isConfirmingDiscard ? (
    <div className="discard-confirm" role="alert">
      <span>
        <strong>{t('discardQuestion')}</strong> <span className="muted">{t('discardHint')}</span>
      </span>
      <button type="button" className="button" autoFocus onClick={() => setConfirmingDiscard(false)}>
        {tc('actions.keepEditing')}
      </button>
      <button type="button" className="button button-danger" onClick={discard}>
        {tc('actions.discard')}
      </button>
    </div>
  ) : (
    <>
      <span className="muted dialog-footer-hint">{t('hints.saveKeys')}</span>
      <button type="button" className="button" onClick={requestClose} disabled={isSaving}>
        {tc('actions.cancel')}
      </button>
      <button
        type="button"
        className="button button-primary"
        onClick={() => void save()}
        disabled={isSaving}
        aria-busy={isSaving}
      >
        {isSaving ? t('saving') : tc('actions.save')}
      </button>
    </>
  );

  return (
    <Dialog title={title} open onRequestClose={requestClose} footer={footer} wide>
      <div ref={bodyRef} className="conversation-form">
        {restoredAt && (
          <div className="notice" role="status">
            <span>
              {t('draftRestored', { time: restoredAt ? format(new Date(restoredAt), 'Pp', { locale }) : '' })}
            </span>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                clearDraft();
                setForm(loaded.fresh);
                setPristine(loaded.fresh);
                setRestoredAt(null);
              }}
            >
              {t('startOver')}
            </button>
          </div>
        )}
        {saveError && (
          <div className="notice notice-error" role="alert">
            {saveError}
          </div>
        )}
        <div className="row">
          <div data-field="client" className="conversation-client">
            <ClientCombobox
              label={t('fields.client')}
              clients={directory?.clients}
              problemIds={problemIds}
              query={form.clientQuery}
              choice={form.client}
              onChange={(clientQuery, client) => update({ clientQuery, client })}
              allowCreate
              placeholder={t('placeholders.client')}
              error={errors.client}
            />
          </div>
          <div data-field="when" className="field conversation-when">
            <label htmlFor={`${id}-when`}>{t('fields.when')}</label>
            <input
              id={`${id}-when`}
              type="datetime-local"
              value={form.when}
              onChange={(e) => update({ when: e.target.value })}
              aria-invalid={errors.when ? true : undefined}
              aria-describedby={errors.when ? `${id}-when-error` : undefined}
            />
            {errors.when && (
              <span id={`${id}-when-error`} className="field-error">
                {errors.when}
              </span>
            )}
          </div>
        </div>
        {chosenClient && chosenClient.organization && (
          <p className="muted conversation-client-org">{chosenClient.organization}</p>
        )}
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-channel`}>{t('fields.channel')}</label>
            <select
              id={`${id}-channel`}
              value={form.channel}
              onChange={(e) => update({ channel: CHANNELS.find((c) => c === e.target.value) ?? 'call' })}
            >
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {tc(`channel.${channel}`)}
                </option>
              ))}
            </select>
          </div>
          <RadioGroup
            className="field"
            label={t('fields.direction')}
            options={DIRECTIONS.map((d) => ({ value: d, label: tc(`direction.${d}`) }))}
            value={form.direction}
            onChange={(direction) => update({ direction })}
          />
        </div>
        <div data-field="outcome">
          <RadioGroup
            className="field outcome-group"
            label={t('fields.outcome')}
            options={OUTCOMES.map((o) => ({ value: o, label: tc(`outcome.${o}`), className: `outcome-${o}` }))}
            value={form.outcome}
            onChange={(outcome) => update({ outcome })}
            numberKeys
            hint={t('hints.outcomeKeys')}
            error={errors.outcome}
          />
        </div>
        <div className="field" data-field="summary">
          <label htmlFor={`${id}-summary`}>{t('fields.summary')}</label>
          <input
            id={`${id}-summary`}
            type="text"
            value={form.summary}
            placeholder={t('placeholders.summary')}
            onChange={(e) => update({ summary: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-notes`}>{t('fields.notes')}</label>
          <textarea
            id={`${id}-notes`}
            rows={3}
            value={form.notes}
            onChange={(e) => update({ notes: e.target.value })}
          />
        </div>
        <label className="checkbox checkbox-field conversation-private">
          <input type="checkbox" checked={form.private} onChange={(e) => update({ private: e.target.checked })} />
          <span>{t('fields.private')}</span>
          <span className="field-hint">{t('hints.private')}</span>
        </label>
        <FeedbackSection
          feedback={form.feedback}
          onChange={(feedback) => update({ feedback })}
          initiallyOpen={filledFeedbackCount(form.feedback) > 0}
        />
        <DecisionDraftsEditor
          conversationId={editing?.id ?? null}
          drafts={form.decisions}
          onChange={(decisions) => update({ decisions })}
        />
      </div>
    </Dialog>
  );
}
