import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, OUTCOMES, type Client } from '../../../shared/domain/types';
import { ClientCombobox, type ClientChoice } from '../../common/ClientCombobox';
import { hasFilters, NO_FILTERS, type JournalFilters } from './journalItems';

interface JournalFilterBarProps {
  filters: JournalFilters;
  onChange: (filters: JournalFilters) => void;
  clients: readonly Client[] | undefined;
  problemIds: ReadonlySet<string>;
}

export function JournalFilterBar({ filters, onChange, clients, problemIds }: JournalFilterBarProps) {
  const { t } = useTranslation('journal');
  const { t: tc } = useTranslation();
  const id = useId();
  const chosenName = filters.clientId ? (clients?.find((c) => c.id === filters.clientId)?.name ?? '') : '';
  const [clientQuery, setClientQuery] = useState(chosenName);
  // Follow the filter when it is set from outside (a link from a client page, Clear filters).
  useEffect(() => {
    if (filters.clientId) setClientQuery(chosenName);
  }, [filters.clientId, chosenName]);
  const choice: ClientChoice | null = filters.clientId ? { kind: 'existing', id: filters.clientId } : null;

  return (
    <div className="toolbar journal-filters" role="search" aria-label={t('filters.label')}>
      <div className="journal-filter-client">
        <ClientCombobox
          label={t('filters.client')}
          clients={clients}
          problemIds={problemIds}
          query={clientQuery}
          choice={choice}
          placeholder={t('filters.clientPlaceholder')}
          onChange={(query, next) => {
            setClientQuery(query);
            const clientId = next?.kind === 'existing' ? next.id : null;
            if (clientId !== filters.clientId) onChange({ ...filters, clientId });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>{t('filters.outcome')}</label>
        <select
          id={`${id}-outcome`}
          value={filters.outcome ?? ''}
          onChange={(e) => onChange({ ...filters, outcome: OUTCOMES.find((o) => o === e.target.value) ?? null })}
        >
          <option value="">{t('filters.anyOutcome')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {tc(`outcome.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-channel`}>{t('filters.channel')}</label>
        <select
          id={`${id}-channel`}
          value={filters.channel ?? ''}
          onChange={(e) => onChange({ ...filters, channel: CHANNELS.find((c) => c === e.target.value) ?? null })}
        >
          <option value="">{t('filters.anyChannel')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {tc(`channel.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field journal-filter-date">
        <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => onChange({ ...filters, from: e.target.value })}
        />
      </div>
      <div className="field journal-filter-date">
        <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => onChange({ ...filters, to: e.target.value })}
        />
      </div>
      {hasFilters(filters) && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setClientQuery('');
            onChange(NO_FILTERS);
          }}
        >
          {tc('actions.clearFilters')}
        </button>
      )}
    </div>
  );
}
