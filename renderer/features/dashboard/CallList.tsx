import { useTranslation } from 'react-i18next';
import type { CallListEntry } from '../../../shared/rules/callList';
import { CallListItems } from './CallListItems';

/** At least five suggestions, more when more satisfied clients are owed. */
export function callListLength(owed: number): number {
  return Math.max(5, owed);
}

/** Whom to call next: one click logs a conversation with them. */
export function CallList({ entries, owed }: { entries: readonly CallListEntry[] | undefined; owed: number }) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
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
      ) : owed === 0 ? (
        <p className="muted" data-testid="call-list-nothing-owed">
          {t('callList.nothingOwed')}
        </p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('callList.empty')}</p>
      ) : (
        <CallListItems entries={shown} />
      )}
    </section>
  );
}
