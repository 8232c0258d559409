import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../shared/domain/types';
import { dateLocale } from '../../../shared/dates/locales';
import { parseInstant } from '../../../shared/dates/instant';
import { useSettings } from '../../shell/SettingsProvider';

/** Every status the dispute went through, with its date and time, newest last. */
export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  const { t } = useTranslation('disputes');
  const { language } = useSettings();
  return (
    <div className="status-history">
      <h3>{t('history.title')}</h3>
      <ol>
        {history.map((change, i) => (
          <li key={`${change.at}-${i}`}>
            <span className={`history-dot history-${change.status}`} aria-hidden="true" />
            <span>
              {i > 0 && history[i - 1]?.status === 'resolved' && change.status === 'open'
                ? t('history.reopened')
                : t(`disputeStatus.${change.status}`, { ns: 'common' })}
            </span>
            <time className="muted" dateTime={change.at}>
              {format(parseInstant(change.at), 'PP, p', {
                locale: dateLocale(language),
              })}
            </time>
          </li>
        ))}
      </ol>
    </div>
  );
}
