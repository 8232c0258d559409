import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortDisputes } from '../../../shared/rules/disputes';
import { listClientDisputes } from '../../db/disputes';
import { useLiveQuery } from '../../db/live';
import { DisputeListRow } from './DisputeListRow';
import { NewDisputeDialog } from './NewDisputeDialog';
import { useToday } from '../../common/useToday';
import './disputes.css';

const NO_VIP: ReadonlySet<string> = new Set();

/** The client page's disputes, active first, with "Open dispute". */
export function ClientDisputesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation('disputes');
  const today = useToday();
  const [isCreating, setCreating] = useState(false);
  const disputes = useLiveQuery(() => listClientDisputes(clientId), [clientId]);
  const sorted = useMemo(() => (disputes ? sortDisputes(disputes, NO_VIP) : undefined), [disputes]);
  return (
    <section className="card client-disputes" aria-labelledby={`disputes-${clientId}`}>
      <div className="section-header">
        <h2 id={`disputes-${clientId}`}>{t('nav.disputes', { ns: 'common' })}</h2>
        <span className="spacer" />
        <button type="button" className="button button-small" onClick={() => setCreating(true)}>
          {t('openDispute')}
        </button>
      </div>
      {sorted === undefined ? (
        <div className="skeleton-row" aria-busy="true" />
      ) : sorted.length === 0 ? (
        <p className="muted">{t('clientEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {sorted.map((d) => (
            <li key={d.id}>
              <DisputeListRow dispute={d} client={undefined} today={today} showClient={false} />
            </li>
          ))}
        </ul>
      )}
      {isCreating && <NewDisputeDialog defaults={{ clientId }} onClose={() => setCreating(false)} />}
    </section>
  );
}
