import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Dispute } from '../../../shared/domain/types';
import { updateDispute, type DisputePatch } from '../../db/disputes';
import { href } from '../../shell/useRoute';
import { useToast } from '../../ui/Toasts';
import { AutosaveField } from './AutosaveField';
import { DisputeFormFields } from './DisputeFormFields';

/** The written record of the dispute; every field saves itself. */
export function DisputeDetails({ dispute, client }: { dispute: Dispute; client: Client | null | undefined }) {
  const { t } = useTranslation('disputes');
  const toast = useToast();
  const id = useId();
  const save = async (patch: DisputePatch): Promise<string | void> => {
    try {
      await updateDispute(dispute.id, patch);
    } catch (error) {
      toast({
        message: t('errors.saveFailed', {
          ns: 'common',
          message: (error as Error).message,
        }),
        tone: 'error',
      });
      return t('errors.notSaved');
    }
  };
  return (
    <section className="card" aria-label={t('detailsLabel')}>
      <AutosaveField
        label={t('fields.title')}
        value={dispute.title}
        required
        requiredMessage={t('errors.titleRequired')}
        onSave={(title) => save({ title })}
      />
      <div className="row">
        <div className="field">
          <span className="field-label">{t('fields.client')}</span>
          <span className="dispute-fixed-client">
            {client ? (
              <a href={href(`/clients/${client.id}`)}>{client.name}</a>
            ) : (
              <span className="muted">{t('unknownClient')}</span>
            )}
            {client?.vip && <span className="badge badge-vip">{t('flags.vip', { ns: 'common' })}</span>}
          </span>
        </div>
        <AutosaveField
          label={t('fields.openedOn')}
          type="date"
          value={dispute.openedOn}
          onSave={(openedOn) => (openedOn ? save({ openedOn }) : Promise.resolve(t('errors.dateRequired')))}
        />
      </div>
      <DisputeFormFields
        idPrefix={id}
        rootCause={dispute.rootCause}
        severity={dispute.severity}
        onRootCause={(rootCause) => void save({ rootCause })}
        onSeverity={(severity) => void save({ severity })}
      />
      <AutosaveField
        label={t('fields.whatWentWrong')}
        multiline
        value={dispute.whatWentWrong}
        onSave={(whatWentWrong) => save({ whatWentWrong })}
      />
      <AutosaveField
        label={t('fields.resolution')}
        multiline
        value={dispute.resolution}
        onSave={(resolution) => save({ resolution })}
      />
      <label className="checkbox">
        <input type="checkbox" checked={dispute.private} onChange={(e) => void save({ private: e.target.checked })} />
        {t('fields.private')}
      </label>
    </section>
  );
}
