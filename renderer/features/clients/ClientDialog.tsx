import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/types';
import { findClientNamed } from '../../../shared/rules/clientNames';
import { Dialog } from '../../ui/Dialog';
import { DiscardConfirm } from '../../ui/DiscardConfirm';
import { navigate } from '../../shell/useRoute';
import { createClient, listClients, updateClient, type ClientInput } from '../../db/clients';
import { isStorageFull } from '../../common/storageFull';
import { CadenceField, cadenceFormOf, cadenceOfForm, type CadenceFormValue } from '../remember/CadenceField';
import { DuplicateClientConfirm } from '../../common/DuplicateClientConfirm';

interface ClientForm {
  name: string;
  organization: string;
  role: string;
  phone: string;
  email: string;
  tags: string;
  vip: boolean;
  problem: boolean;
  notes: string;
  cadence: CadenceFormValue;
}

function formOf(client: Client | null): ClientForm {
  return {
    name: client?.name ?? '',
    organization: client?.organization ?? '',
    role: client?.role ?? '',
    phone: client?.phone ?? '',
    email: client?.email ?? '',
    tags: client?.tags.join(', ') ?? '',
    vip: client?.vip ?? false,
    problem: client?.problem ?? false,
    notes: client?.notes ?? '',
    cadence: cadenceFormOf(client?.cadenceDays),
  };
}

function inputOf({ cadence: _cadence, ...form }: ClientForm, cadenceDays: number | 'off' | undefined): ClientInput {
  return {
    ...form,
    cadenceDays,
    tags: form.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}

/**
 * "New client" / "Edit client". Ctrl+Enter saves; Esc asks before dropping typed changes; a new
 * client (or a rename) with the name of an existing one asks before it creates a duplicate.
 */
export function ClientDialog({
  client,
  onClose,
  onSaved,
}: {
  client: Client | null;
  onClose: () => void;
  onSaved?: (client: Client | null, name: string) => void;
}) {
  const { t } = useTranslation('clients');
  const { t: tc } = useTranslation();
  const id = useId();
  const [initial] = useState(() => formOf(client));
  const [form, setForm] = useState(initial);
  const [nameError, setNameError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const [showCadenceError, setShowCadenceError] = useState(false);
  /** The existing client of the same name, while asking whether to create another. */
  const [duplicate, setDuplicate] = useState<Client | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const isDirty = JSON.stringify(form) !== JSON.stringify(initial);

  const set = (patch: Partial<ClientForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSaveError(null);
    if ('name' in patch) {
      setNameError(null);
      setDuplicate(null);
    }
  };

  const save = async ({ allowDuplicate = false }: { allowDuplicate?: boolean } = {}) => {
    if (isSaving) return;
    if (!form.name.trim()) {
      setNameError(t('validation.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    const cadence = cadenceOfForm(form.cadence);
    if (!cadence) {
      setShowCadenceError(true);
      return;
    }
    setSaving(true);
    try {
      const input = inputOf(form, cadence.cadenceDays);
      const renamed = !client || client.name.trim() !== input.name.trim();
      if (renamed && !allowDuplicate) {
        // Read now, not from a list that may still be loading.
        const existing = findClientNamed(await listClients({ includeArchived: true }), input.name, {
          exceptId: client?.id,
        });
        if (existing) {
          setSaving(false);
          setDuplicate(existing);
          return;
        }
      }
      setDuplicate(null);
      if (client) {
        await updateClient(client.id, input);
        onSaved?.(null, input.name.trim());
      } else {
        const created = await createClient(input);
        onSaved?.(created, created.name);
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

  useEffect(() => {
    // showModal() focuses the close button first; start in Name instead.
    nameRef.current?.focus();
  }, []);

  const requestClose = () => {
    if (isSaving) return;
    if (duplicate) setDuplicate(null);
    else if (isConfirming) setConfirming(false);
    else if (isDirty) setConfirming(true);
    else onClose();
  };

  const footer = duplicate ? (
    <DuplicateClientConfirm
      existing={duplicate}
      pickLabel="openExisting"
      onPickExisting={() => {
        onClose();
        navigate(`/clients/${encodeURIComponent(duplicate.id)}`);
      }}
      onCreateAnyway={() => void save({ allowDuplicate: true })}
      onBack={() => {
        setDuplicate(null);
        nameRef.current?.focus();
      }}
    />
  ) : isConfirming ? (
    <DiscardConfirm question={t('discardQuestion')} onKeepEditing={() => setConfirming(false)} onDiscard={onClose} />
  ) : (
    <>
      <button type="button" className="button" onClick={requestClose}>
        {tc('actions.cancel')}
      </button>
      <button type="button" className="button button-primary" onClick={() => void save()} disabled={isSaving}>
        {tc('actions.save')}
      </button>
    </>
  );

  const text = (key: 'organization' | 'role' | 'phone' | 'email', type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`fields.${key}`)}</label>
      <input id={`${id}-${key}`} type={type} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </div>
  );

  return (
    <Dialog
      title={client ? t('editClient') : t('newClient')}
      open
      onRequestClose={requestClose}
      footer={footer}
      onSaveShortcut={() => void save()}
    >
      <div className="client-form">
        {saveError && (
          <div className="notice notice-error" role="alert">
            {saveError}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('fields.name')}</label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            type="text"
            required
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            value={form.name}
            onChange={(e) => set({ name: e.target.value })}
          />
          {nameError && (
            <span id={`${id}-name-error`} className="field-error">
              {nameError}
            </span>
          )}
        </div>
        <div className="row">
          {text('organization')}
          {text('role')}
        </div>
        <div className="row">
          {text('phone', 'tel')}
          {text('email', 'email')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-tags`}>{t('fields.tags')}</label>
          <input
            id={`${id}-tags`}
            type="text"
            value={form.tags}
            aria-describedby={`${id}-tags-hint`}
            onChange={(e) => set({ tags: e.target.value })}
          />
          <span id={`${id}-tags-hint`} className="field-hint">
            {t('fields.tagsHint')}
          </span>
        </div>
        <div className="row">
          <label className="checkbox checkbox-field client-flag">
            <input type="checkbox" checked={form.vip} onChange={(e) => set({ vip: e.target.checked })} />
            <span>{t('fields.vip')}</span>
            <span className="field-hint">{t('fields.vipHint')}</span>
          </label>
          <label className="checkbox checkbox-field client-flag">
            <input type="checkbox" checked={form.problem} onChange={(e) => set({ problem: e.target.checked })} />
            <span>{t('fields.problem')}</span>
            <span className="field-hint">{t('fields.problemHint')}</span>
          </label>
        </div>
        <CadenceField value={form.cadence} onChange={(cadence) => set({ cadence })} showError={showCadenceError} />
        <div className="field">
          <label htmlFor={`${id}-notes`}>{t('fields.notes')}</label>
          <textarea id={`${id}-notes`} rows={3} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
        </div>
      </div>
    </Dialog>
  );
}
