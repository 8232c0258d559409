import { useId, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { RootCause, Severity } from '../../../shared/domain/types';
import { todayLocal } from '../../../shared/dates/instant';
import { createDispute } from '../../db/disputes';
import { navigate } from '../../shell/useRoute';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { ClientCombobox, type ClientChoice } from '../../common/ClientCombobox';
import { useClients } from '../../common/useClients';
import { useProblemClientIds } from '../../common/useProblemClientIds';
import { DisputeFormFields } from './DisputeFormFields';

export interface NewDisputeDefaults {
  clientId?: string;
  openedOn?: string;
  conversationId?: string;
  title?: string;
  /** A dispute opened from a private conversation starts private. */
  private?: boolean;
}

/**
 * "Open dispute": the essentials of a new dispute. Saving opens the dispute page, where the
 * correction plan, status and decisions are worked on.
 */
export function NewDisputeDialog({ defaults, onClose }: { defaults: NewDisputeDefaults; onClose: () => void }) {
  const { t } = useTranslation('disputes');
  const toast = useToast();
  const id = useId();
  const directory = useClients();
  const problemIds = useProblemClientIds();
  const fixedClient = defaults.clientId !== undefined;
  const initialClient = defaults.clientId ? directory?.byId.get(defaults.clientId) : undefined;
  const [clientQuery, setClientQuery] = useState<string | null>(null);
  const [choice, setChoice] = useState<ClientChoice | null>(
    defaults.clientId ? { kind: 'existing', id: defaults.clientId } : null,
  );
  const [title, setTitle] = useState(defaults.title ?? '');
  const [openedOn, setOpenedOn] = useState(defaults.openedOn ?? todayLocal());
  const [rootCause, setRootCause] = useState<RootCause>('other');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [whatWentWrong, setWhatWentWrong] = useState('');
  const [isPrivate, setPrivate] = useState(defaults.private ?? false);
  const [errors, setErrors] = useState<{
    title?: string;
    client?: string;
    openedOn?: string;
  }>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Rendered from inside the conversation dialog too: its form must not see this submit.
    event.stopPropagation();
    const clientId = choice?.kind === 'existing' ? choice.id : null;
    const found = {
      title: title.trim() ? undefined : t('errors.titleRequired'),
      client: clientId ? undefined : t('errors.clientRequired'),
      openedOn: /^\d{4}-\d{2}-\d{2}$/.test(openedOn) ? undefined : t('errors.dateRequired'),
    };
    setErrors(found);
    if (!clientId || found.title || found.openedOn) return;
    setSaving(true);
    try {
      const dispute = await createDispute({
        clientId,
        title,
        openedOn,
        rootCause,
        severity,
        whatWentWrong,
        private: isPrivate,
        conversationIds: defaults.conversationId ? [defaults.conversationId] : [],
      });
      onClose();
      toast({
        message: t('toast.opened', { title: dispute.title }),
        tone: 'success',
      });
      navigate(`/disputes/${dispute.id}`);
    } catch (error) {
      setSaving(false);
      toast({
        message: t('errors.saveFailed', {
          ns: 'common',
          message: String((error as Error).message ?? error),
        }),
        tone: 'error',
      });
    }
  };

  // A portal keeps this form out of the conversation dialog's form (nested forms are invalid HTML).
  return createPortal(
    <div className="portal-boundary" onKeyDown={(e) => e.stopPropagation()}>
      <Dialog
        title={t('newDispute')}
        open
        onRequestClose={onClose}
        footer={
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
            <button type="submit" form={`${id}-form`} className="button button-primary" disabled={saving}>
              {t('openDispute')}
            </button>
          </>
        }
      >
        <form id={`${id}-form`} onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('fields.title')}</label>
            <input
              id={`${id}-title`}
              type="text"
              value={title}
              autoFocus
              aria-invalid={errors.title ? true : undefined}
              onChange={(e) => setTitle(e.target.value)}
            />
            {errors.title && <span className="field-error">{errors.title}</span>}
          </div>
          <div className="row">
            {fixedClient ? (
              <div className="field">
                <span className="field-label">{t('fields.client')}</span>
                <span className="dispute-fixed-client">{initialClient?.name ?? t('loading', { ns: 'common' })}</span>
              </div>
            ) : (
              <ClientCombobox
                label={t('fields.client')}
                clients={directory?.clients.filter((c) => c.archivedAt === null)}
                problemIds={problemIds}
                query={clientQuery ?? ''}
                choice={choice}
                error={errors.client ?? null}
                onChange={(query, next) => {
                  setClientQuery(query);
                  setChoice(next);
                }}
              />
            )}
            <div className="field">
              <label htmlFor={`${id}-opened`}>{t('fields.openedOn')}</label>
              <input
                id={`${id}-opened`}
                type="date"
                value={openedOn}
                required
                onChange={(e) => setOpenedOn(e.target.value)}
              />
              {errors.openedOn && <span className="field-error">{errors.openedOn}</span>}
            </div>
          </div>
          <DisputeFormFields
            idPrefix={id}
            rootCause={rootCause}
            severity={severity}
            onRootCause={setRootCause}
            onSeverity={setSeverity}
          />
          <div className="field">
            <label htmlFor={`${id}-wrong`}>{t('fields.whatWentWrong')}</label>
            <textarea
              id={`${id}-wrong`}
              rows={3}
              value={whatWentWrong}
              onChange={(e) => setWhatWentWrong(e.target.value)}
            />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.target.checked)} />
            {t('fields.private')}
          </label>
          {defaults.conversationId && <p className="field-hint">{t('linkedHint')}</p>}
        </form>
      </Dialog>
    </div>,
    document.body,
  );
}
