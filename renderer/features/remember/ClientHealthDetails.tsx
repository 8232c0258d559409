import { useTranslation } from 'react-i18next';
import { useClientHealth } from './useClientHealth';
import { useRiskReasonText } from './useRiskReasonText';
import { OutcomeSparkline } from './OutcomeSparkline';

/** The client page's "Health" and "Risk" (two rows of its details list). */
export function ClientHealthDetails({ clientId }: { clientId: string }) {
  const { t } = useTranslation('remember');
  const health = useClientHealth()?.get(clientId);
  const reasonText = useRiskReasonText();
  if (!health) return null;
  const { risk } = health;
  return (
    <>
      <div className="detail-pair">
        <dt>{t('health.title')}</dt>
        <dd>
          <OutcomeSparkline outcomes={health.outcomes} />
        </dd>
      </div>
      <div className="detail-pair">
        <dt>{t('risk.label')}</dt>
        <dd data-testid="client-risk">
          <span className={`badge risk-badge-${risk.level}`}>{t(`risk.level.${risk.level}`)}</span>{' '}
          <span className="muted">
            {risk.reasons.length > 0 ? risk.reasons.map(reasonText).join(' · ') : t('risk.noReasons')}
          </span>
        </dd>
      </div>
    </>
  );
}
