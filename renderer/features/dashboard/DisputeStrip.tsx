import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import { href } from '../../shell/useRoute';
import { useDisputeOverview } from '../disputes/useDisputeOverview';

/** Open disputes and overdue decisions and plan steps, linking to their pages. */
export function DisputeStrip() {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const overview = useDisputeOverview();

  return (
    <section className="card dashboard-card dispute-strip" aria-labelledby="dashboard-disputes-title">
      <h2 id="dashboard-disputes-title">{t('disputes.title')}</h2>
      {overview === undefined ? (
        <div className="skeleton-lines" aria-busy="true" aria-label={tc('loading')}>
          <span />
          <span />
        </div>
      ) : (
        <ul className="dispute-strip-items">
          <li>
            <a
              href={href('/disputes')}
              data-testid="open-disputes"
              className={overview.openCount > 0 ? 'strip-alert' : undefined}
            >
              {t('disputes.open', { count: overview.openCount })}
            </a>
            {overview.oldest && (
              <div className="muted">
                <a href={href(`/disputes/${encodeURIComponent(overview.oldest.id)}`)}>
                  {t('disputes.oldest', {
                    title: overview.oldest.title,
                    date: format(parseISO(overview.oldest.openedOn), 'PP', { locale: dateLocale(language) }),
                  })}
                </a>
              </div>
            )}
          </li>
          <li>
            <a
              href={href('/decisions')}
              data-testid="overdue-decisions"
              className={overview.overdueDecisions > 0 ? 'overdue' : undefined}
            >
              {t('disputes.overdueDecisions', { count: overview.overdueDecisions })}
            </a>
          </li>
          <li>
            <a
              href={href('/disputes')}
              data-testid="overdue-steps"
              className={overview.overdueSteps > 0 ? 'overdue' : undefined}
            >
              {t('disputes.overdueSteps', { count: overview.overdueSteps })}
            </a>
          </li>
        </ul>
      )}
    </section>
  );
}
