import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CallListEntry } from '../../../shared/rules/callList';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import { useLogConversation } from '../../shell/LogConversationContext';
import { href } from '../../shell/useRoute';

const ROW_HEIGHT = 56;

/**
 * Virtualised: after a bad year "owed" can run into the thousands, and the list must still
 * show that many clients without rendering them all.
 */
export function CallListItems({ entries }: { entries: readonly CallListEntry[] }) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const logConversation = useLogConversation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const locale = dateLocale(language);

  return (
    <div ref={scrollRef} className="call-list-scroll">
      <ol className="call-list-items" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index]!;
          return (
            <li
              key={entry.clientId}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={entries.length}
              aria-posinset={item.index + 1}
              className="call-list-item"
              data-testid="call-list-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <div className="call-list-who">
                <a className="call-list-name" href={href(`/clients/${encodeURIComponent(entry.clientId)}`)}>
                  {entry.name}
                </a>
                {entry.vip && <span className="badge badge-vip">{tc('flags.vip')}</span>}
                <div className="muted call-list-meta">
                  {entry.organization && <span>{entry.organization} · </span>}
                  <span>{t('callList.lastContact', { date: format(entry.lastContactMs, 'PP', { locale }) })}</span>
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
          );
        })}
      </ol>
    </div>
  );
}
