import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDraft, Dispute } from '../../../shared/domain/types';
import { emptyDecisionDraft, sortDecisions } from '../../../shared/rules/decisions';
import { addDisputeDecision, decisionsOfDispute } from '../../db/decisions';
import { useLiveQuery } from '../../db/live';
import { useToast } from '../../ui/Toasts';
import { useToday } from '../../common/useToday';
import { DecisionFields } from './DecisionFields';
import { DecisionItem } from './DecisionItem';
import './decisions.css';

/** Decisions taken about a dispute, with "Add decision". */
export function DisputeDecisionsPanel({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation('decisions');
  const toast = useToast();
  const id = useId();
  const today = useToday();
  const decisions = useLiveQuery(() => decisionsOfDispute(dispute.id), [dispute.id]);
  const sorted = useMemo(() => (decisions ? sortDecisions(decisions) : undefined), [decisions]);
  const [draft, setDraft] = useState<DecisionDraft | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (!draft) return;
    if (!draft.decision.trim()) return setError(t('errors.decisionRequired'));
    try {
      await addDisputeDecision(dispute.id, draft);
      setDraft(null);
    } catch (e) {
      toast({
        message: t('errors.saveFailed', {
          ns: 'common',
          message: (e as Error).message,
        }),
        tone: 'error',
      });
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`}>{t('title')}</h2>
        <span className="spacer" />
        {!draft && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setError(null);
              setDraft(emptyDecisionDraft());
            }}
          >
            {t('add')}
          </button>
        )}
      </div>
      {draft && (
        <div className="decision-item-editing">
          <DecisionFields idPrefix={id} draft={draft} onChange={setDraft} error={error} autoFocus />
          <div className="decision-item-buttons">
            <button type="button" className="button button-small" onClick={() => setDraft(null)}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
            <button type="button" className="button button-small button-primary" onClick={() => void save()}>
              {t('actions.save', { ns: 'common' })}
            </button>
          </div>
        </div>
      )}
      {sorted === undefined ? (
        <div className="skeleton-row" aria-busy="true" />
      ) : sorted.length === 0 ? (
        !draft && <p className="muted">{t('disputeEmpty')}</p>
      ) : (
        <ul className="decision-list">
          {sorted.map((d) => (
            <DecisionItem key={d.id} decision={d} today={today} showSource={false} />
          ))}
        </ul>
      )}
    </section>
  );
}
