import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { format } from 'date-fns';
import type { Client } from '../../../shared/domain/types';
import { dateLocale } from '../../../shared/dates/locales';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { useToast } from '../../ui/Toasts';
import { useSettings } from '../../shell/SettingsProvider';
import { href } from '../../shell/useRoute';
import { useLogConversation } from '../../shell/LogConversationContext';
import { ImportClientsButton } from '../import/ImportClientsButton';
import { useLoadedProblemClientIds } from '../../common/useProblemClientIds';
import { OutcomeBadge } from '../../common/OutcomeBadge';
import { normaliseName } from '../../common/clientSearch';
import { ClientMarks } from '../../common/ClientMarks';
import { ClientDialog } from './ClientDialog';
import { useClients } from '../../common/useClients';
import { useArchiveClient } from './useArchiveClient';
import { useClientHealth } from '../remember/useClientHealth';
import { OutcomeSparkline } from '../remember/OutcomeSparkline';
import './clients.css';

type Sort = 'name' | 'lastContact';

const ROW_HEIGHT = 52;

function byLastContact(a: Client, b: Client): number {
  // Most recent first; never contacted at the end.
  return (b.lastContactAt ?? '').localeCompare(a.lastContactAt ?? '');
}

/** The client list: search, sort, archive; virtualized for thousands of clients. */
export function ClientsPage() {
  const { t } = useTranslation('clients');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const locale = dateLocale(language);
  const toast = useToast();
  const logConversation = useLogConversation();
  const directory = useClients();
  const problemIds = useLoadedProblemClientIds();
  const archive = useArchiveClient();
  const health = useClientHealth();
  const id = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Client | 'new' | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const deferredQuery = useDeferredValue(query);

  const visible = useMemo(() => {
    if (!directory) return [];
    const q = normaliseName(deferredQuery);
    const list = directory.clients.filter(
      (c) =>
        (showArchived || !c.archivedAt) &&
        (!q || normaliseName(c.name).includes(q) || normaliseName(c.organization).includes(q)),
    );
    return sort === 'lastContact' ? [...list].sort(byLastContact) : list;
  }, [directory, deferredQuery, showArchived, sort]);

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => visible[i]?.id ?? i,
    overscan: 10,
  });

  const hasAnyClient = (directory?.clients.length ?? 0) > 0;
  const newClientButton = (
    <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
      {t('newClient')}
    </button>
  );

  return (
    <div className="clients-page">
      <PageHeader
        title={tc('nav.clients')}
        actions={
          <>
            {directory && hasAnyClient && <span className="muted">{t('count', { count: visible.length })}</span>}
            <ImportClientsButton />
            {newClientButton}
          </>
        }
      />
      {!directory || !problemIds ? (
        <div className="list-skeleton" aria-busy="true" aria-label={tc('loading')}>
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="list-skeleton-row" />
          ))}
        </div>
      ) : !hasAnyClient ? (
        <EmptyState title={t('empty.title')} action={newClientButton}>
          {t('empty.text')}
        </EmptyState>
      ) : (
        <>
          <div className="toolbar clients-toolbar">
            <div className="field clients-search">
              <label htmlFor={`${id}-search`}>{t('search')}</label>
              <input
                id={`${id}-search`}
                type="search"
                placeholder={t('searchPlaceholder')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-sort`}>{t('sort')}</label>
              <select
                id={`${id}-sort`}
                value={sort}
                onChange={(e) => setSort(e.target.value === 'lastContact' ? 'lastContact' : 'name')}
              >
                <option value="name">{t('sortName')}</option>
                <option value="lastContact">{t('sortLastContact')}</option>
              </select>
            </div>
            <label className="checkbox clients-archived-toggle">
              <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
              <span>{t('showArchived')}</span>
            </label>
          </div>
          {visible.length === 0 ? (
            <EmptyState title={t('noMatches.title', { query })}>
              {showArchived ? t('noMatches.text') : t('noMatchesArchived')}
            </EmptyState>
          ) : (
            <div
              className="clients-table"
              role="table"
              aria-label={tc('nav.clients')}
              aria-rowcount={visible.length + 1}
            >
              <div className="clients-row clients-head" role="row" aria-rowindex={1}>
                <span role="columnheader">{t('columns.name')}</span>
                <span role="columnheader">{t('columns.organization')}</span>
                <span role="columnheader">{t('columns.lastContact')}</span>
                <span role="columnheader">{t('columns.latestOutcome')}</span>
                <span role="columnheader" className="visually-hidden">
                  {t('columns.actions')}
                </span>
              </div>
              <div ref={scrollRef} className="clients-scroll" role="rowgroup">
                <div className="clients-canvas" style={{ height: virtualizer.getTotalSize() }}>
                  {virtualizer.getVirtualItems().map((v) => {
                    const client = visible[v.index];
                    if (!client) return null;
                    return (
                      <div
                        key={v.key}
                        role="row"
                        aria-rowindex={v.index + 2}
                        className={client.archivedAt ? 'clients-row clients-row-archived' : 'clients-row'}
                        style={{ transform: `translateY(${v.start}px)`, height: v.size }}
                      >
                        <span role="cell" className="clients-name">
                          <a href={href(`/clients/${client.id}`)}>{client.name}</a>
                          <ClientMarks client={client} problemIds={problemIds} />
                        </span>
                        <span role="cell" className="clients-org">
                          {client.organization || <span className="muted">{tc('none')}</span>}
                        </span>
                        <span role="cell" className="clients-last">
                          {client.lastContactAt ? (
                            format(new Date(client.lastContactAt), 'P', { locale })
                          ) : (
                            <span className="muted">{t('never')}</span>
                          )}
                        </span>
                        <span role="cell" className="clients-outcome">
                          {client.lastOutcome && <OutcomeBadge outcome={client.lastOutcome} />}
                          {health?.has(client.id) && <OutcomeSparkline outcomes={health.get(client.id)!.outcomes} />}
                        </span>
                        <span role="cell" className="clients-actions">
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t('editLabel', { name: client.name })}
                            onClick={() => setEditing(client)}
                          >
                            {tc('actions.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t(client.archivedAt ? 'restoreLabel' : 'archiveLabel', { name: client.name })}
                            onClick={() => void archive(client, !client.archivedAt)}
                          >
                            {client.archivedAt ? tc('actions.restore') : tc('actions.archive')}
                          </button>
                        </span>
                      </div>
                    );
                  })}
                </div>
              </div>
            </div>
          )}
        </>
      )}
      {editing && (
        <ClientDialog
          client={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(created, name) =>
            toast({
              message: t('saved', { name }),
              tone: 'success',
              action: created
                ? {
                    label: tc('actions.logConversation'),
                    run: () => logConversation.open({ clientId: created.id }),
                    kind: 'other',
                  }
                : undefined,
            })
          }
        />
      )}
    </div>
  );
}
