import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOT_CAUSES, type Dispute, type RootCause } from '../../../shared/domain/types';
import { isActiveStatus, sortDisputes } from '../../../shared/rules/disputes';
import { listDisputes } from '../../db/disputes';
import { useLiveQuery } from '../../db/live';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useClients } from '../../common/useClients';
import { DisputeListRow } from './DisputeListRow';
import { NewDisputeDialog } from './NewDisputeDialog';
import { useToday } from '../../common/useToday';
import { VirtualList } from '../../ui/VirtualList';
import './disputes.css';
import { ClientFilterField } from '../../ui/ClientFilterField';

type StatusFilter = 'active' | 'all' | Dispute['status'];
const STATUS_FILTERS: StatusFilter[] = ['active', 'all', 'open', 'inCorrection', 'resolved'];

/** The disputes page: open and in-correction first, VIP clients first, then the oldest. */
export function DisputesPage() {
  const { t } = useTranslation('disputes');
  const id = useId();
  const today = useToday();
  const disputes = useLiveQuery(listDisputes, []);
  const directory = useClients();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [rootCause, setRootCause] = useState<RootCause | ''>('');
  const [clientId, setClientId] = useState('');
  const [isCreating, setCreating] = useState(false);

  const vipIds = useMemo(() => new Set(directory?.clients.filter((c) => c.vip).map((c) => c.id)), [directory]);
  const sorted = useMemo(() => (disputes ? sortDisputes(disputes, vipIds) : undefined), [disputes, vipIds]);
  const shown = useMemo(
    () =>
      sorted?.filter(
        (d) =>
          (status === 'all' || (status === 'active' ? isActiveStatus(d.status) : d.status === status)) &&
          (!rootCause || d.rootCause === rootCause) &&
          (!clientId || d.clientId === clientId),
      ),
    [sorted, status, rootCause, clientId],
  );
  const clientsWithDisputes = useMemo(() => {
    const ids = new Set(disputes?.map((d) => d.clientId));
    return (directory?.clients ?? []).filter((c) => ids.has(c.id));
  }, [disputes, directory]);
  const activeCount = disputes?.filter((d) => isActiveStatus(d.status)).length ?? 0;
  const filtered = status !== 'all' || rootCause !== '' || clientId !== '';

  const openButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      {t('openDispute')}
    </button>
  );

  return (
    <>
      <PageHeader
        title={t('nav.disputes', { ns: 'common' })}
        actions={disputes && disputes.length > 0 ? openButton : undefined}
      />
      {isCreating && <NewDisputeDialog defaults={{}} onClose={() => setCreating(false)} />}
      {!sorted || !directory ? (
        <div className="skeleton-list" aria-busy="true" aria-label={t('loading', { ns: 'common' })}>
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="skeleton-row" />
          ))}
        </div>
      ) : sorted.length === 0 ? (
        <EmptyState title={t('empty.title')} action={openButton}>
          {t('empty.body')}
        </EmptyState>
      ) : (
        <>
          <div className="toolbar">
            <div className="field">
              <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
              <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
                {STATUS_FILTERS.map((s) => (
                  <option key={s} value={s}>
                    {s === 'active' || s === 'all' ? t(`filters.${s}`) : t(`disputeStatus.${s}`, { ns: 'common' })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-root`}>{t('fields.rootCause')}</label>
              <select
                id={`${id}-root`}
                value={rootCause}
                onChange={(e) => setRootCause(e.target.value as RootCause | '')}
              >
                <option value="">{t('filters.anyRootCause')}</option>
                {ROOT_CAUSES.map((c) => (
                  <option key={c} value={c}>
                    {t(`rootCause.${c}`, { ns: 'common' })}
                  </option>
                ))}
              </select>
            </div>
            <ClientFilterField
              id={`${id}-client`}
              label={t('fields.client')}
              anyLabel={t('filters.anyClient')}
              clients={clientsWithDisputes}
              value={clientId}
              onChange={setClientId}
            />
            {filtered && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setStatus('all');
                  setRootCause('');
                  setClientId('');
                }}
              >
                {t('actions.clearFilters', { ns: 'common' })}
              </button>
            )}
            <p className="muted toolbar-count" aria-live="polite">
              {t('counts', { count: shown?.length ?? 0, active: activeCount })}
            </p>
          </div>
          {shown && shown.length > 0 ? (
            <div className="dispute-table card-flat">
              <div className="dispute-row dispute-row-head" aria-hidden="true">
                <span>{t('fields.title')}</span>
                <span>{t('fields.client')}</span>
                <span>{t('fields.status')}</span>
                <span>{t('fields.severity')}</span>
                <span>{t('columns.age')}</span>
                <span>{t('columns.plan')}</span>
              </div>
              <VirtualList
                items={shown}
                rowHeight={52}
                label={t('nav.disputes', { ns: 'common' })}
                getKey={(d) => d.id}
                renderRow={(d) => <DisputeListRow dispute={d} client={directory.byId.get(d.clientId)} today={today} />}
              />
            </div>
          ) : (
            <EmptyState title={t('empty.filteredTitle')}>{t('empty.filteredBody')}</EmptyState>
          )}
        </>
      )}
    </>
  );
}
