import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { OnThisDayItem } from '../../../shared/rules/onThisDay';
import { pruneDismissals } from '../../../shared/rules/onThisDay';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import { useLogConversation } from '../../shell/LogConversationContext';
import { href } from '../../shell/useRoute';
import { useClients } from '../../common/useClients';
import { useToday } from '../../common/useToday';
import { useToast } from '../../ui/Toasts';
import { useOnThisDay } from './useOnThisDay';
import './remember.css';

/**
 * Dashboard region "On this day": promises made a year ago today with their status, disputes
 * resolved 90 days ago (call to check), clients last seen this month a year ago. Each item can be
 * dismissed; dismissals are kept in the settings (pruned to today's and this month's).
 */
export function OnThisDay() {
  const { t } = useTranslation('remember');
  const { t: tc } = useTranslation();
  const { settings, updateSettings, language } = useSettings();
  const logConversation = useLogConversation();
  const directory = useClients();
  const today = useToday();
  const toast = useToast();
  const items = useOnThisDay();
  const locale = dateLocale(language);

  const dismiss = (item: OnThisDayItem) => {
    const kept = pruneDismissals(settings.dismissedOnThisDay, today);
    updateSettings({ dismissedOnThisDay: [...kept, item.key] })
      .then(() => toast({ message: t('onThisDay.dismissed') }))
      .catch((error: unknown) =>
        toast({ message: error instanceof Error ? error.message : String(error), tone: 'error' }),
      );
  };

  const describe = (item: OnThisDayItem): { what: string; detail: string[]; canLog: boolean } => {
    switch (item.kind) {
      case 'decision':
        return {
          what: t('onThisDay.decision', { decision: item.decision }),
          detail: [
            ...(item.promised ? [t('onThisDay.promised', { promised: item.promised })] : []),
            t('onThisDay.status', { status: tc(`decisionStatus.${item.status}`) }) +
              (item.overdue ? ` · ${t('onThisDay.overdue')}` : ''),
          ],
          canLog: false,
        };
      case 'dispute':
        return {
          what: t('onThisDay.dispute', { title: item.title }),
          detail: [t('onThisDay.disputeAction')],
          canLog: true,
        };
      case 'lastSeen':
        return {
          what: t('onThisDay.lastSeen', { date: format(item.lastSeenMs, 'PP', { locale }) }),
          detail: [],
          canLog: true,
        };
    }
  };

  return (
    <section className="card dashboard-card remember-card on-this-day" aria-labelledby="on-this-day-title">
      <div className="card-title-row">
        <h2 id="on-this-day-title">{t('onThisDay.title')}</h2>
      </div>
      <p className="muted remember-hint">{t('onThisDay.hint')}</p>
      {items === undefined || directory === undefined ? (
        <div className="skeleton-lines" aria-busy="true" aria-label={tc('loading')}>
          <span />
          <span />
        </div>
      ) : items.length === 0 ? (
        <p className="muted">{t('onThisDay.empty')}</p>
      ) : (
        <ul className="remember-items">
          {items.map((item) => {
            const client = directory.byId.get(item.clientId);
            const name = client?.name ?? '';
            const { what, detail, canLog } = describe(item);
            return (
              <li key={item.key} className="remember-item" data-testid="on-this-day-item" data-kind={item.kind}>
                <div className="remember-who">
                  <a className="remember-name" href={href(`/clients/${encodeURIComponent(item.clientId)}`)}>
                    {name}
                  </a>
                  {client?.vip && <span className="badge badge-vip">{tc('flags.vip')}</span>}
                  <div className="remember-what">
                    {item.kind === 'dispute' ? (
                      <a href={href(`/disputes/${encodeURIComponent(item.disputeId)}`)}>{what}</a>
                    ) : (
                      what
                    )}
                  </div>
                  {detail.map((line) => (
                    <div key={line} className="remember-meta muted">
                      {line}
                    </div>
                  ))}
                </div>
                <div className="remember-actions">
                  {canLog && (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('onThisDay.logWith', { name })}
                      onClick={() => logConversation.open({ clientId: item.clientId })}
                    >
                      {t('onThisDay.log')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('onThisDay.dismissLabel', { what: `${name}: ${what}` })}
                    onClick={() => dismiss(item)}
                  >
                    {t('onThisDay.dismiss')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
