import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPUTE_STATUSES, type Dispute, type DisputeStatus } from '../../../shared/domain/types';
import { canTransition, unfinishedStepCount } from '../../../shared/rules/disputes';
import { changeDisputeStatus } from '../../db/disputes';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';

/**
 * Open / In correction / Resolved as a segmented control; only moves the workflow allows are
 * enabled. A resolved dispute offers "Reopen". Resolving with unfinished steps asks first.
 */
export function DisputeStatusControl({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation('disputes');
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const unfinished = unfinishedStepCount(dispute.plan);

  const apply = async (to: DisputeStatus, confirmUnfinished = false) => {
    try {
      await changeDisputeStatus(dispute.id, to, { confirmUnfinished });
      toast({
        message: t('toast.status', {
          status: t(`disputeStatus.${to}`, { ns: 'common' }),
        }),
        tone: 'success',
      });
    } catch (error) {
      toast({
        message: t('errors.saveFailed', {
          ns: 'common',
          message: (error as Error).message,
        }),
        tone: 'error',
      });
    }
  };

  const choose = (to: DisputeStatus) => {
    if (to === 'resolved' && unfinished > 0) setConfirming(true);
    else void apply(to);
  };

  return (
    <div className="status-control">
      <div role="group" aria-label={t('fields.status')} className="segmented">
        {DISPUTE_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`segment segment-${status}`}
            aria-pressed={dispute.status === status}
            disabled={dispute.status !== status && !canTransition(dispute.status, status)}
            onClick={() => dispute.status !== status && choose(status)}
          >
            {t(`disputeStatus.${status}`, { ns: 'common' })}
          </button>
        ))}
      </div>
      {dispute.status === 'resolved' && (
        <button type="button" className="button button-small" onClick={() => void apply('open')}>
          {t('reopen')}
        </button>
      )}
      {dispute.status !== 'resolved' && unfinished > 0 && (
        <p className="field-hint">{t('unfinishedHint', { count: unfinished })}</p>
      )}
      <Dialog
        title={t('confirmResolve.title')}
        open={confirming}
        onRequestClose={() => setConfirming(false)}
        footer={
          <>
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {t('confirmResolve.keep')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setConfirming(false);
                void apply('resolved', true);
              }}
            >
              {t('confirmResolve.resolve')}
            </button>
          </>
        }
      >
        <p>{t('confirmResolve.body', { count: unfinished })}</p>
      </Dialog>
    </div>
  );
}
