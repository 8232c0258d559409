import { useTranslation } from 'react-i18next';
import type { Balance } from '../../../shared/rules/balance';
import type { PeriodKey } from '../../../shared/rules/periods';
import { useSettings } from '../../shell/SettingsProvider';
import { formatRatio } from './formatRatio';
import { balanceLine } from '../../../shared/rules/balanceLine';

/** The four figures of the ten-to-one rule and a plain-language line under them. */
export function BalanceStats({ balance, period, target }: { balance: Balance; period: PeriodKey; target: number }) {
  const { t } = useTranslation('dashboard');
  const { language } = useSettings();
  const ratioBelowTarget = balance.ratio !== null && balance.ratio < target;

  const line = balanceLine(t, balance, period, target);

  return (
    <section className="dashboard-stats" aria-label={t('stats.label')}>
      <div className="stat-grid">
        <div className="card stat stat-satisfied-card">
          <div className="stat-label">{t('stats.satisfied')}</div>
          <div className="stat-value" data-testid="stat-satisfied">
            {balance.satisfied}
          </div>
          <div className="stat-hint">{t('stats.satisfiedHint')}</div>
        </div>
        <div className="card stat stat-complaints-card">
          <div className="stat-label">{t('stats.complaints')}</div>
          <div className="stat-value" data-testid="stat-complaints">
            {balance.complaints}
          </div>
          <div className="stat-hint">{t('stats.complaintsHint')}</div>
        </div>
        <div className={`card stat ${ratioBelowTarget ? 'stat-below' : ''}`}>
          <div className="stat-label">{t('stats.ratio')}</div>
          <div className="stat-value" data-testid="stat-ratio">
            {balance.ratio === null
              ? t('stats.noComplaints')
              : t('stats.ratioValue', { value: formatRatio(balance.ratio, language) })}
          </div>
          <div className="stat-hint">{t('stats.target', { target })}</div>
        </div>
        <div className={`card stat ${balance.owed > 0 ? 'stat-owed' : ''}`}>
          <div className="stat-label">{t('stats.owed')}</div>
          <div className="stat-value" data-testid="stat-owed">
            {balance.owed}
          </div>
          <div className="stat-hint">{t('stats.owedHint')}</div>
        </div>
      </div>
      <p className="stat-line" data-testid="balance-line">
        {line}
      </p>
    </section>
  );
}
