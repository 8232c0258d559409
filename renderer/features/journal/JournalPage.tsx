import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { format, isToday, isYesterday } from 'date-fns';
import { dateLocale } from '../../../shared/dates/locales';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { useSettings } from '../../shell/SettingsProvider';
import { useRoute } from '../../shell/useRoute';
import { useLogConversation } from '../../shell/LogConversationContext';
import { useConversationRows } from '../../db/useConversationRows';
import { ExportJournalCsvButton } from './ExportJournalCsvButton';
import { useProblemClientIds } from '../../common/useProblemClientIds';
import { useClients } from '../../common/useClients';
import { buildJournalItems, hasFilters, NO_FILTERS, type JournalFilters } from './journalItems';
import { useConversationRecords } from './useConversationRecords';
import { JournalFilterBar } from './JournalFilterBar';
import { JournalRow } from './JournalRow';
import { ConversationDetail } from './ConversationDetail';
import { useDeleteConversation } from './useDeleteConversation';
import './JournalPage.css';

const DAY_HEIGHT = 40;
const ROW_HEIGHT = 62;

/**
 * Every conversation, grouped by day, newest first. The list is computed in memory from the
 * conversation index and virtualized; full records are read only for the rows on screen, so
 * it stays instant with 50 000 conversations.
 */
export function JournalPage() {
  const { t } = useTranslation('journal');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const locale = dateLocale(language);
  const route = useRoute();
  const logConversation = useLogConversation();
  const snapshot = useConversationRows();
  const directory = useClients();
  const problemIds = useProblemClientIds();
  const [filters, setFilters] = useState<JournalFilters>(() => ({
    ...NO_FILTERS,
    clientId: route.query.get('client'),
  }));
  const [openId, setOpenId] = useState<string | null>(null);
  const deleteWithUndo = useDeleteConversation();
  const scrollRef = useRef<HTMLDivElement>(null);

  const items = useMemo(() => (snapshot ? buildJournalItems(snapshot.rows, filters) : []), [snapshot, filters]);
  const total = useMemo(() => items.reduce((n, item) => (item.kind === 'day' ? n + item.count : n), 0), [items]);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (items[i]?.kind === 'day' ? DAY_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => items[i]?.key ?? i,
    overscan: 8,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const visibleIds = virtualItems.flatMap((v) => {
    const item = items[v.index];
    return item?.kind === 'conversation' ? [item.row.id] : [];
  });
  const records = useConversationRecords(visibleIds);

  const dayLabel = (dayStartMs: number) => {
    const date = format(dayStartMs, 'EEEE, d MMMM yyyy', { locale });
    if (isToday(dayStartMs)) return `${t('today')} · ${date}`;
    if (isYesterday(dayStartMs)) return `${t('yesterday')} · ${date}`;
    return date;
  };

  const isLoading = !snapshot || !directory;
  const isEmptyJournal = snapshot?.rows.length === 0;

  return (
    <div className="journal-page">
      <PageHeader
        title={tc('nav.journal')}
        actions={
          <>
            {!isLoading && !isEmptyJournal && <span className="muted">{t('count', { count: total })}</span>}
            <ExportJournalCsvButton from={filters.from || undefined} to={filters.to || undefined} />
          </>
        }
      />
      {isLoading ? (
        <div className="list-skeleton" aria-busy="true" aria-label={tc('loading')}>
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="list-skeleton-row" />
          ))}
        </div>
      ) : isEmptyJournal ? (
        <EmptyState
          title={t('empty.title')}
          action={
            <button type="button" className="button button-primary" onClick={() => logConversation.open()}>
              {tc('actions.logConversation')}
            </button>
          }
        >
          {t('empty.text')}
        </EmptyState>
      ) : (
        <>
          <JournalFilterBar
            filters={filters}
            onChange={setFilters}
            clients={directory.clients}
            problemIds={problemIds}
          />
          {items.length === 0 ? (
            <EmptyState
              title={t('noMatches.title')}
              action={
                hasFilters(filters) && (
                  <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
                    {tc('actions.clearFilters')}
                  </button>
                )
              }
            >
              {t('noMatches.text')}
            </EmptyState>
          ) : (
            <div ref={scrollRef} className="journal-scroll" role="region" aria-label={t('listLabel')} tabIndex={-1}>
              <div className="journal-canvas" style={{ height: virtualizer.getTotalSize() }}>
                {virtualItems.map((v) => {
                  const item = items[v.index];
                  if (!item) return null;
                  return (
                    <div
                      key={v.key}
                      className="journal-item"
                      style={{ transform: `translateY(${v.start}px)`, height: v.size }}
                    >
                      {item.kind === 'day' ? (
                        <h2 className="journal-day">
                          <span>{dayLabel(item.dayStartMs)}</span>
                          <span className="muted">{t('count', { count: item.count })}</span>
                        </h2>
                      ) : (
                        <JournalRow
                          row={item.row}
                          record={records.get(item.row.id)}
                          client={directory.byId.get(item.row.clientId)}
                          problemIds={problemIds}
                          locale={locale}
                          onOpen={setOpenId}
                          onDelete={(id) => void deleteWithUndo(id)}
                        />
                      )}
                    </div>
                  );
                })}
              </div>
            </div>
          )}
        </>
      )}
      {openId && <ConversationDetail conversationId={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}
