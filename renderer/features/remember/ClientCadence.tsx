import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { Client } from '../../../shared/domain/types';
import { dueState, resolveCadence, type ResolvedCadence } from '../../../shared/rules/cadence';
import { parseCalendarDate } from '../../../shared/dates/calendar';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import { useToday } from '../../common/useToday';

function useSourceText(): (cadence: ResolvedCadence) => string {
  const { t } = useTranslation('remember');
  return (cadence) =>
    cadence.source === 'tag'
      ? t('cadence.source.tag', { tag: cadence.tag ?? '' })
      : t(`cadence.source.${cadence.source}`);
}

/** The client page's "Keep in touch" and "Next due" (two rows of its details list). */
export function ClientCadence({ client }: { client: Client }) {
  const { t } = useTranslation('remember');
  const { settings, language } = useSettings();
  const today = useToday();
  const sourceText = useSourceText();
  const cadence = resolveCadence(
    { vip: client.vip, tags: client.tags, cadenceDays: client.cadenceDays ?? null },
    settings.keepInTouch,
  );
  const locale = dateLocale(language);
  const state =
    cadence &&
    dueState({
      cadenceDays: cadence.days,
      lastContactMs: client.lastContactAt ? Date.parse(client.lastContactAt) : null,
      createdMs: Date.parse(client.createdAt),
      today,
    });

  return (
    <>
      <div className="detail-pair">
        <dt>{t('cadence.label')}</dt>
        <dd data-testid="client-cadence">
          {cadence ? (
            <>
              {t('cadence.every', { count: cadence.days })} <span className="muted">· {sourceText(cadence)}</span>
            </>
          ) : (
            <span className="muted">{t('cadence.none')}</span>
          )}
        </dd>
      </div>
      {state && (
        <div className="detail-pair">
          <dt>{t('cadence.nextDue')}</dt>
          <dd data-testid="client-next-due" className={state.isDue ? 'overdue' : undefined}>
            {state.isDue
              ? `${t('cadence.overdueSince', { date: format(parseCalendarDate(state.dueOn), 'PP', { locale }) })} · ${
                  state.daysOverdue === 0
                    ? t('dueToTalk.dueToday')
                    : t('dueToTalk.overdue', { count: state.daysOverdue })
                }`
              : format(parseCalendarDate(state.dueOn), 'PP', { locale })}
          </dd>
        </div>
      )}
    </>
  );
}
