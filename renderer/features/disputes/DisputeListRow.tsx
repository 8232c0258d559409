import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import type { Client, Dispute } from '../../../shared/domain/types';
import { disputeAgeDays, overdueStepCount, planProgress } from '../../../shared/rules/disputes';
import { href } from '../../shell/useRoute';
import { DisputeStatusBadge } from './DisputeStatusBadge';
import { PlanProgressBar } from './PlanProgressBar';
import { SeverityBadge } from './SeverityBadge';

/** One dispute on the Disputes page and on the client page. */
export function DisputeListRow({
  dispute,
  client,
  today,
  showClient = true,
}: {
  dispute: Dispute;
  client: Client | undefined;
  today: string;
  showClient?: boolean;
}) {
  const { t } = useTranslation('disputes');
  const { language } = useSettings();
  const overdue = dispute.status === 'resolved' ? 0 : overdueStepCount(dispute.plan, today);
  const age = disputeAgeDays(dispute, today);
  return (
    <div className={`dispute-row${showClient ? '' : ' dispute-row-compact'}`} data-testid="dispute-row">
      <div className="dispute-row-title">
        <a href={href(`/disputes/${dispute.id}`)} title={dispute.title}>
          {dispute.title}
        </a>
        {dispute.private && <span className="badge">{t('flags.private', { ns: 'common' })}</span>}
      </div>
      {showClient && (
        <div className="dispute-row-client">
          {client ? (
            <a href={href(`/clients/${client.id}`)} className="quiet-link">
              {client.name}
            </a>
          ) : (
            <span className="muted">{t('unknownClient')}</span>
          )}
          {client?.vip && <span className="badge badge-vip">{t('flags.vip', { ns: 'common' })}</span>}
        </div>
      )}
      <div>
        <DisputeStatusBadge status={dispute.status} />
      </div>
      <div>
        <SeverityBadge severity={dispute.severity} />
      </div>
      <div
        className="muted"
        title={t('openedOnTitle', { date: format(parseISO(dispute.openedOn), 'PP', { locale: dateLocale(language) }) })}
      >
        {t('days', { ns: 'common', count: age })}
      </div>
      <div className="dispute-row-plan">
        <PlanProgressBar progress={planProgress(dispute.plan)} />
        {overdue > 0 && (
          <span className="badge badge-danger" title={t('overdueSteps', { count: overdue })}>
            {t('overdueShort', { count: overdue })}
          </span>
        )}
      </div>
    </div>
  );
}
