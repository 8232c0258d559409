import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { CallListEntry } from '../../../shared/rules/callList';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../app/SettingsProvider';
import { useLogConversation } from '../../app/LogConversationContext';
import { href } from '../../app/useRoute';

/** At least five suggestions, more when more satisfied clients are owed. */
export function callListLength(owed: number): number {
  return Math.max(5, owed);
}

/** Whom to call next: one click logs a conversation with them. */
export function CallList({ entries, owed }: { entries: readonly CallListEntry[] | undefined; owed: number }) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const logConversation = useLogConversation();
  const shown = entries?.slice(0, callListLength(owed));

  return (
    <section className="card dashboard-card call-list" aria-labelledby="dashboard-call-list-title">
      <div className="card-title-row">
        <h2 id="dashboard-call-list-title">{t('callList.title')}</h2>
        {owed > 0 && <span className="badge badge-warning">{t('callList.owed', { count: owed })}</span>}
      </div>
      <p className="muted call-list-hint">{t('callList.hint')}</p>
      {shown === undefined ? (
        <div className="skeleton-lines" aria-busy="true" aria-label={tc('loading')}>
          <span />
          <span />
          <span />
        </div>
      ) : shown.length === 0 ? (
        <p className="muted">{t('callList.empty')}</p>
      ) : (
        <ol className="call-list-items">
          {shown.map((entry) => (
            <li key={entry.clientId} className="call-list-item" data-testid="call-list-item">
              <div className="call-list-who">
                <a className="call-list-name" href={href(`/clients/${encodeURIComponent(entry.clientId)}`)}>
                  {entry.name}
                </a>
                {entry.vip && <span className="badge badge-vip">{tc('flags.vip')}</span>}
                <div className="muted call-list-meta">
                  {entry.organization && <span>{entry.organization} · </span>}
                  <span>{t('callList.lastContact', { date: format(entry.lastContactMs, 'PP', { locale: dateLocale(language) }) })}</span>
                </div>
              </div>
              <button
                type="button"
                className="button button-small"
                aria-label={t('callList.logWith', { name: entry.name })}
                onClick={() => logConversation.open({ clientId: entry.clientId })}
              >
                {t('callList.log')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
