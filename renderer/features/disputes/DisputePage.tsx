import { useTranslation } from 'react-i18next';
import { disputeAgeDays } from '../../../shared/rules/disputes';
import { deleteDispute, getDispute, restoreDispute } from '../../db/disputes';
import { useLiveQuery } from '../../db/live';
import { href, navigate } from '../../shell/useRoute';
import { EmptyState } from '../../ui/EmptyState';
import { useToast } from '../../ui/Toasts';
import { useClient } from '../../common/useClients';
import { DisputeDecisionsPanel } from '../decisions/DisputeDecisionsPanel';
import { CorrectionPlan } from './CorrectionPlan';
import { DisputeDetails } from './DisputeDetails';
import { DisputeStatusBadge } from './DisputeStatusBadge';
import { DisputeStatusControl } from './DisputeStatusControl';
import { LinkedConversations } from './LinkedConversations';
import { StatusHistory } from './StatusHistory';
import { useToday } from '../../common/useToday';
import './disputes.css';

/** One dispute at #/disputes/<id>: the record, status workflow, correction plan, conversations and decisions. */
export function DisputePage({ disputeId }: { disputeId: string }) {
  const { t } = useTranslation('disputes');
  const toast = useToast();
  const today = useToday();
  const dispute = useLiveQuery(async () => (await getDispute(disputeId)) ?? null, [disputeId]);
  const client = useClient(dispute?.clientId);

  if (dispute === undefined)
    return (
      <div className="skeleton-list" aria-busy="true" aria-label={t('loading', { ns: 'common' })}>
        <div className="skeleton-row skeleton-title" />
        <div className="skeleton-row" />
        <div className="skeleton-row" />
      </div>
    );
  if (dispute === null)
    return (
      <EmptyState
        title={t('notFound.title')}
        action={
          <a className="button" href={href('/disputes')}>
            {t('notFound.back')}
          </a>
        }
      >
        {t('notFound.body')}
      </EmptyState>
    );

  const remove = async () => {
    await deleteDispute(dispute.id);
    navigate('/disputes');
    toast({
      message: t('toast.deleted', { title: dispute.title }),
      action: {
        label: t('actions.undo', { ns: 'common' }),
        run: async () => {
          await restoreDispute(dispute.id);
          navigate(`/disputes/${dispute.id}`);
        },
      },
    });
  };

  return (
    <div className="dispute-page">
      <a className="back-link" href={href('/disputes')}>
        ← {t('nav.disputes', { ns: 'common' })}
      </a>
      <div className="page-header">
        <div className="dispute-heading">
          <h1>{dispute.title}</h1>
          <DisputeStatusBadge status={dispute.status} />
          <span className="muted">
            {t('ageSince', {
              age: t('days', {
                ns: 'common',
                count: disputeAgeDays(dispute, today),
              }),
            })}
          </span>
        </div>
        <div className="page-actions">
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('actions.delete', { ns: 'common' })}
          </button>
        </div>
      </div>
      <div className="dispute-layout">
        <div className="dispute-main">
          <DisputeDetails dispute={dispute} client={client} />
        </div>
        <aside className="dispute-side">
          <section className="card" aria-label={t('fields.status')}>
            <h2>{t('fields.status')}</h2>
            <DisputeStatusControl dispute={dispute} />
            <StatusHistory history={dispute.statusHistory} />
          </section>
          <LinkedConversations dispute={dispute} />
        </aside>
        <div className="dispute-wide">
          <CorrectionPlan dispute={dispute} today={today} />
          <DisputeDecisionsPanel dispute={dispute} />
        </div>
      </div>
    </div>
  );
}
