import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import { useLogConversation } from '../../shell/LogConversationContext';
import { href } from '../../shell/useRoute';
import { useDueToTalk } from './useDueToTalk';
import './remember.css';

/** How many clients the region shows before "Show all". */
export const DUE_TO_TALK_SHOWN = 5;

/** Dashboard region "Due to talk": clients past their keep-in-touch cadence. */
export function DueToTalk() {
  const { t } = useTranslation('remember');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const logConversation = useLogConversation();
  const entries = useDueToTalk();
  const [showAll, setShowAll] = useState(false);
  const locale = dateLocale(language);
  const shown = entries && (showAll ? entries : entries.slice(0, DUE_TO_TALK_SHOWN));

  return (
    <section className="card dashboard-card remember-card due-to-talk" aria-labelledby="due-to-talk-title">
      <div className="card-title-row">
        <h2 id="due-to-talk-title">{t('dueToTalk.title')}</h2>
        {entries && entries.length > 0 && <span className="badge badge-warning">{entries.length}</span>}
      </div>
      <p className="muted remember-hint">{t('dueToTalk.hint')}</p>
      {shown === undefined ? (
        <div className="skeleton-lines" aria-busy="true" aria-label={tc('loading')}>
          <span />
          <span />
        </div>
      ) : shown.length === 0 ? (
        <p className="muted">{t('dueToTalk.empty')}</p>
      ) : (
        <>
          <ol className="remember-items">
            {shown.map((entry) => (
              <li key={entry.clientId} className="remember-item" data-testid="due-to-talk-item">
                <div className="remember-who">
                  <a className="remember-name" href={href(`/clients/${encodeURIComponent(entry.clientId)}`)}>
                    {entry.name}
                  </a>
                  {entry.vip && <span className="badge badge-vip">{tc('flags.vip')}</span>}
                  {entry.problem && <span className="badge badge-problem">{t('dueToTalk.problem')}</span>}
                  <div className="remember-meta">
                    <strong className="overdue">
                      {entry.daysOverdue === 0
                        ? t('dueToTalk.dueToday')
                        : t('dueToTalk.overdue', { count: entry.daysOverdue })}
                    </strong>
                    <span className="muted">
                      {' · '}
                      {t('dueToTalk.every', { count: entry.cadence.days })}
                      {' · '}
                      {entry.lastContactMs === null
                        ? t('dueToTalk.never')
                        : t('dueToTalk.lastContact', { date: format(entry.lastContactMs, 'PP', { locale }) })}
                    </span>
                  </div>
                </div>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('dueToTalk.logWith', { name: entry.name })}
                  onClick={() => logConversation.open({ clientId: entry.clientId })}
                >
                  {t('dueToTalk.log')}
                </button>
              </li>
            ))}
          </ol>
          {entries!.length > DUE_TO_TALK_SHOWN && (
            <button type="button" className="button button-small remember-more" onClick={() => setShowAll(!showAll)}>
              {showAll ? t('dueToTalk.showFewer') : t('dueToTalk.showAll', { count: entries!.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
