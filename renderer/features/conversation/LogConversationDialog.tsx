import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { dateLocale } from '../../../shared/dates/locales';
import { Dialog } from '../../ui/Dialog';
import { DiscardConfirm } from '../../ui/DiscardConfirm';
import { useSettings } from '../../shell/SettingsProvider';
import type { LogConversationRequest } from '../../shell/LogConversationContext';
import { useClients } from '../../common/useClients';
import { DuplicateClientConfirm } from '../../common/DuplicateClientConfirm';
import { sameForm, type ConversationForm, type FormErrors } from './conversationForm';
import { useDraftAutosave, useInitialForm, type LoadedForm } from './useConversationDraft';
import { useSaveConversation } from './useSaveConversation';
import { ConversationFields } from './ConversationFields';
import './LogConversationDialog.css';

/**
 * "Log conversation" (or "Edit conversation" with `request.conversationId`). Opened by the
 * header button, Ctrl/Cmd+N, the app menu and `useLogConversation().open(...)`. Its parts: the
 * draft (useConversationDraft), saving (useSaveConversation), the fields (ConversationFields)
 * and the discard confirmation (ui/DiscardConfirm); Ctrl/Cmd+Enter is the Dialog's save key.
 */
export function LogConversationDialog({ request, onClose }: { request: LogConversationRequest; onClose: () => void }) {
  const { t } = useTranslation('conversation');
  const { t: tc } = useTranslation();
  // The request at opening time; later Ctrl+N presses while open do not reset the form.
  const [initialRequest] = useState(request);
  const { language } = useSettings();
  const { loaded, missing } = useInitialForm(initialRequest, language);
  const title = initialRequest.conversationId ? t('editTitle') : tc('actions.logConversation');

  if (!loaded)
    return (
      <Dialog title={title} open onRequestClose={onClose} wide>
        {missing ? <p role="alert">{t('loadFailed')}</p> : <div className="dialog-skeleton" aria-busy="true" />}
      </Dialog>
    );
  return <ConversationFormDialog title={title} loaded={loaded} onClose={onClose} />;
}

function ConversationFormDialog({
  title,
  loaded,
  onClose,
}: {
  title: string;
  loaded: LoadedForm;
  onClose: () => void;
}) {
  const { t } = useTranslation('conversation');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const directory = useClients();
  const [form, setForm] = useState(loaded.form);
  const [pristine, setPristine] = useState(() => (loaded.restoredAt ? loaded.fresh : loaded.form));
  const [restoredAt, setRestoredAt] = useState(loaded.restoredAt);
  const [isConfirmingDiscard, setConfirmingDiscard] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const editing = loaded.editing;
  // The field to focus once the errors are on screen (a refused decision row opens first).
  const [focusRequest, setFocusRequest] = useState<{ field: keyof FormErrors } | null>(null);

  // Anything changed since opening counts as "something to lose" (a restored draft always does).
  const isDirty = !sameForm(form, pristine);
  const draft = useDraftAutosave(form, { enabled: !editing, isDirty });

  const { save, isSaving, errors, saveError, duplicate, dismissDuplicate, onFieldsChanged } = useSaveConversation({
    form,
    editing: editing ? { conversation: editing, openedWhen: loaded.form.when } : null,
    directory,
    clearDraft: draft.clear,
    focusError: (field) => setFocusRequest({ field }),
    onSaved: onClose,
  });

  useEffect(() => {
    if (!focusRequest) return;
    const { field } = focusRequest;
    const selector =
      field === 'decisions'
        ? '[data-field="decisions"] [aria-invalid="true"]'
        : `[data-field="${field}"] input, [data-field="${field}"] [role="combobox"]`;
    bodyRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [focusRequest]);

  const update = (patch: Partial<ConversationForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    onFieldsChanged(Object.keys(patch));
  };

  const close = () => {
    if (!editing) void draft.clear();
    onClose();
  };

  const requestClose = () => {
    if (isSaving) return;
    if (duplicate) dismissDuplicate();
    else if (isConfirmingDiscard) setConfirmingDiscard(false);
    else if (isDirty) setConfirmingDiscard(true);
    else close();
  };

  // showModal() focuses the first button (the close ×); start where the director types instead.
  // (The Dialog's own effect, which calls showModal(), runs before this one.)
  useEffect(() => {
    const target = loaded.form.client ? '[data-field="summary"] input' : '[data-field="client"] input';
    bodyRef.current?.querySelector<HTMLElement>(target)?.focus();
  }, [loaded]);

  const locale = dateLocale(language);

  const footer = duplicate ? (
    <DuplicateClientConfirm
      existing={duplicate}
      pickLabel="useExisting"
      onPickExisting={() => {
        update({ clientQuery: duplicate.name, client: { kind: 'existing', id: duplicate.id } });
        void save({ client: duplicate });
      }}
      onCreateAnyway={() => void save({ allowDuplicate: true })}
      onBack={dismissDuplicate}
    />
  ) : isConfirmingDiscard ? (
    <DiscardConfirm
      question={t('discardQuestion')}
      hint={t('discardHint')}
      onKeepEditing={() => setConfirmingDiscard(false)}
      onDiscard={close}
    />
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
    <Dialog title={title} open onRequestClose={requestClose} footer={footer} wide onSaveShortcut={() => void save()}>
      <div ref={bodyRef} className="conversation-form">
        {restoredAt && (
          <div className="notice" role="status">
            <span>{t('draftRestored', { time: format(new Date(restoredAt), 'Pp', { locale }) })}</span>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                void draft.clear();
                setForm(loaded.fresh);
                setPristine(loaded.fresh);
                setRestoredAt(null);
              }}
            >
              {t('startOver')}
            </button>
          </div>
        )}
        {loaded.setAside && (
          <div className="notice draft-set-aside" role="status" data-testid="draft-set-aside">
            <span>{t('draftSetAside')}</span>
            <details>
              <summary>{t('draftSetAsideShow')}</summary>
              <pre className="draft-set-aside-text">{loaded.setAside.text}</pre>
            </details>
          </div>
        )}
        {saveError && (
          <div className="notice notice-error" role="alert">
            {saveError}
          </div>
        )}
        <ConversationFields
          form={form}
          errors={errors}
          directory={directory}
          editingId={editing?.id ?? null}
          update={update}
        />
      </div>
    </Dialog>
  );
}
