import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listClientsAtRisk } from '../../../shared/rules/clientHealth';
import { href } from '../../shell/useRoute';
import { useClients } from '../../common/useClients';
import { useClientHealth } from './useClientHealth';
import { useRiskReasonText } from './useRiskReasonText';
import { OutcomeSparkline } from './OutcomeSparkline';
import './remember.css';

/** How many clients the region shows before "Show all". */
export const AT_RISK_SHOWN = 5;

/** Dashboard region "Clients at risk": at risk first, then watch, each with its reasons in words. */
export function ClientsAtRisk() {
  const { t } = useTranslation('remember');
  const { t: tc } = useTranslation();
  const directory = useClients();
  const health = useClientHealth();
  const reasonText = useRiskReasonText();
  const [showAll, setShowAll] = useState(false);
  const entries = useMemo(
    () => (directory && health ? listClientsAtRisk(directory.clients, health) : undefined),
    [directory, health],
  );
  const shown = entries && (showAll ? entries : entries.slice(0, AT_RISK_SHOWN));

  return (
    <section className="card dashboard-card remember-card clients-at-risk" aria-labelledby="clients-at-risk-title">
      <div className="card-title-row">
        <h2 id="clients-at-risk-title">{t('atRisk.title')}</h2>
        {entries && entries.length > 0 && <span className="badge badge-warning">{entries.length}</span>}
      </div>
      <p className="muted remember-hint">{t('atRisk.hint')}</p>
      {shown === undefined ? (
        <div className="skeleton-lines" aria-busy="true" aria-label={tc('loading')}>
          <span />
          <span />
        </div>
      ) : shown.length === 0 ? (
        <p className="muted">{t('atRisk.empty')}</p>
      ) : (
        <>
          <ol className="remember-items">
            {shown.map((entry) => (
              <li key={entry.clientId} className="remember-item" data-testid="at-risk-item">
                <div className="remember-who">
                  <a className="remember-name" href={href(`/clients/${encodeURIComponent(entry.clientId)}`)}>
                    {entry.name}
                  </a>
                  <span className={`badge risk-badge-${entry.risk.level}`}>{t(`risk.level.${entry.risk.level}`)}</span>
                  <div className="remember-meta" data-testid="risk-reasons">
                    {entry.risk.reasons.map(reasonText).join(' · ')}
                  </div>
                </div>
                <OutcomeSparkline outcomes={health?.get(entry.clientId)?.outcomes ?? []} />
              </li>
            ))}
          </ol>
          {entries!.length > AT_RISK_SHOWN && (
            <button type="button" className="button button-small remember-more" onClick={() => setShowAll(!showAll)}>
              {showAll ? t('atRisk.showFewer') : t('atRisk.showAll', { count: entries!.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
