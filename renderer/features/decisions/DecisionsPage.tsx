import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_STATUSES, type DecisionStatus } from '../../../shared/domain/types';
import { isDecisionOverdue, promiseKeeping, sortDecisions } from '../../../shared/rules/decisions';
import { listDecisions } from '../../db/decisions';
import { listDisputes } from '../../db/disputes';
import { useLiveQuery } from '../../db/live';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useClients } from '../../common/useClients';
import { useToday } from '../../common/useToday';
import { VirtualList } from '../../ui/VirtualList';
import { DecisionRow } from './DecisionRow';
import { PromiseKeepingFigure } from './PromiseKeepingFigure';
import './decisions.css';
import { ClientFilterField } from '../../ui/ClientFilterField';

type StatusFilter = 'all' | 'overdue' | DecisionStatus;
const STATUS_FILTERS: StatusFilter[] = ['all', 'overdue', ...DECISION_STATUSES];

/** The decision register: pending first by due date, overdue marked, promise keeping at the top. */
export function DecisionsPage() {
  const { t } = useTranslation('decisions');
  const id = useId();
  const today = useToday();
  const decisions = useLiveQuery(listDecisions, []);
  const disputes = useLiveQuery(listDisputes, []);
  const directory = useClients();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [clientId, setClientId] = useState('');

  const sorted = useMemo(() => (decisions ? sortDecisions(decisions) : undefined), [decisions]);
  const figure = useMemo(() => (decisions ? promiseKeeping(decisions) : undefined), [decisions]);
  const disputeTitles = useMemo(() => new Map(disputes?.map((d) => [d.id, d.title])), [disputes]);
  const shown = useMemo(
    () =>
      sorted?.filter(
        (d) =>
          (status === 'all' || (status === 'overdue' ? isDecisionOverdue(d, today) : d.status === status)) &&
          (!clientId || d.clientId === clientId),
      ),
    [sorted, status, clientId, today],
  );
  const overdueCount = useMemo(
    () => decisions?.filter((d) => isDecisionOverdue(d, today)).length ?? 0,
    [decisions, today],
  );
  const clientsWithDecisions = useMemo(() => {
    const ids = new Set(decisions?.map((d) => d.clientId));
    return (directory?.clients ?? []).filter((c) => ids.has(c.id));
  }, [decisions, directory]);
  const filtered = status !== 'all' || clientId !== '';

  return (
    <>
      <PageHeader title={t('nav.decisions', { ns: 'common' })} />
      {!sorted || !directory ? (
        <div className="skeleton-list" aria-busy="true" aria-label={t('loading', { ns: 'common' })}>
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="skeleton-row" />
          ))}
        </div>
      ) : sorted.length === 0 ? (
        <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>
      ) : (
        <>
          <div className="decisions-summary card">
            <PromiseKeepingFigure figure={figure} large />
            <div className="decisions-summary-counts">
              <span>
                {t('counts.pending', {
                  count: sorted.filter((d) => d.status === 'pending').length,
                })}
              </span>
              {overdueCount > 0 && <span className="overdue">{t('counts.overdue', { count: overdueCount })}</span>}
            </div>
          </div>
          <div className="toolbar">
            <div className="field">
              <label htmlFor={`${id}-status`}>{t('fields.status')}</label>
              <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
                {STATUS_FILTERS.map((s) => (
                  <option key={s} value={s}>
                    {s === 'all' || s === 'overdue' ? t(`filters.${s}`) : t(`decisionStatus.${s}`, { ns: 'common' })}
                  </option>
                ))}
              </select>
            </div>
            <ClientFilterField
              id={`${id}-client`}
              label={t('fields.client')}
              anyLabel={t('filters.anyClient')}
              clients={clientsWithDecisions}
              value={clientId}
              onChange={setClientId}
            />
            {filtered && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setStatus('all');
                  setClientId('');
                }}
              >
                {t('actions.clearFilters', { ns: 'common' })}
              </button>
            )}
            <p className="muted toolbar-count" aria-live="polite">
              {t('counts.shown', { count: shown?.length ?? 0 })}
            </p>
          </div>
          {shown && shown.length > 0 ? (
            <div className="decision-table">
              <div className="decision-row decision-row-head" aria-hidden="true">
                <span>{t('fields.decision')}</span>
                <span>{t('columns.clientOwner')}</span>
                <span>{t('fields.due')}</span>
                <span>{t('fields.status')}</span>
                <span>{t('columns.source')}</span>
              </div>
              <VirtualList
                items={shown}
                rowHeight={58}
                label={t('nav.decisions', { ns: 'common' })}
                getKey={(d) => d.id}
                renderRow={(d) => (
                  <DecisionRow
                    decision={d}
                    client={directory.byId.get(d.clientId)}
                    disputeTitle={d.disputeId ? disputeTitles.get(d.disputeId) : undefined}
                    today={today}
                  />
                )}
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
