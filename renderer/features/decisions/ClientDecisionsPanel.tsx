import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { promiseKeeping, sortDecisions } from '../../../shared/rules/decisions';
import { decisionsOfClient } from '../../db/decisions';
import { useLiveQuery } from '../../db/live';
import { useToday } from '../../common/useToday';
import { DecisionItem } from './DecisionItem';
import { PromiseKeepingFigure } from './PromiseKeepingFigure';
import './decisions.css';

/** The client page's decisions and how well promises to this client were kept. */
export function ClientDecisionsPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation('decisions');
  const today = useToday();
  const decisions = useLiveQuery(() => decisionsOfClient(clientId), [clientId]);
  const sorted = useMemo(() => (decisions ? sortDecisions(decisions) : undefined), [decisions]);
  const figure = useMemo(() => (decisions ? promiseKeeping(decisions) : undefined), [decisions]);
  return (
    <section className="card client-decisions" aria-labelledby={`decisions-${clientId}`}>
      <div className="section-header">
        <h2 id={`decisions-${clientId}`}>{t('title')}</h2>
        <span className="spacer" />
        <PromiseKeepingFigure figure={figure} />
      </div>
      {sorted === undefined ? (
        <div className="skeleton-row" aria-busy="true" />
      ) : sorted.length === 0 ? (
        <p className="muted">{t('clientEmpty')}</p>
      ) : (
        <ul className="decision-list">
          {sorted.map((d) => (
            <DecisionItem key={d.id} decision={d} today={today} showSource />
          ))}
        </ul>
      )}
    </section>
  );
}
