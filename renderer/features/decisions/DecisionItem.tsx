import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, DecisionDraft } from '../../../shared/domain/types';
import { draftOf, isDecisionOverdue } from '../../../shared/rules/decisions';
import { deleteDecision, restoreDecision, updateDecision } from '../../db/decisions';
import { useToast } from '../../ui/Toasts';
import { DecisionDue } from './DecisionDue';
import { DecisionFields } from './DecisionFields';
import { DecisionSource } from './DecisionSource';
import { DecisionStatusSelect } from './DecisionStatusSelect';
import { DecisionStatusDate } from './DecisionStatusDate';

/** A decision on the client and dispute pages: read at a glance, status inline, edit in place. */
export function DecisionItem({
  decision,
  today,
  showSource,
}: {
  decision: Decision;
  today: string;
  showSource: boolean;
}) {
  const { t } = useTranslation('decisions');
  const toast = useToast();
  const id = useId();
  const [draft, setDraft] = useState<DecisionDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) =>
    toast({
      message: t('errors.saveFailed', {
        ns: 'common',
        message: (e as Error).message,
      }),
      tone: 'error',
    });

  if (draft)
    return (
      <li className="decision-item decision-item-editing">
        <DecisionFields idPrefix={id} draft={draft} onChange={setDraft} error={error} autoFocus />
        <div className="decision-item-buttons">
          <button type="button" className="button button-small" onClick={() => setDraft(null)}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
          <button
            type="button"
            className="button button-small button-primary"
            onClick={() => {
              if (!draft.decision.trim()) return setError(t('errors.decisionRequired'));
              const { id: _id, ...patch } = draft;
              void updateDecision(decision.id, patch).then(() => setDraft(null), fail);
            }}
          >
            {t('actions.save', { ns: 'common' })}
          </button>
        </div>
      </li>
    );

  return (
    <li
      className={`decision-item${isDecisionOverdue(decision, today) ? ' decision-item-overdue' : ''}`}
      data-testid="decision-item"
    >
      <div className="decision-item-main">
        <span className="decision-text">{decision.decision}</span>
        {decision.promised && (
          <span className="decision-promised">{t('promisedPrefix', { promised: decision.promised })}</span>
        )}
        <span className="decision-meta muted">
          {decision.owner && <span>{t('ownerPrefix', { owner: decision.owner })}</span>}
          <DecisionDue decision={decision} today={today} />
          <DecisionStatusDate decision={decision} />
          {showSource && <DecisionSource decision={decision} />}
        </span>
      </div>
      <DecisionStatusSelect decision={decision} />
      <button
        type="button"
        className="icon-button"
        aria-label={t('editNamed', { decision: decision.decision })}
        title={t('actions.edit', { ns: 'common' })}
        onClick={() => {
          setError(null);
          setDraft(draftOf(decision));
        }}
      >
        ✎
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('deleteNamed', { decision: decision.decision })}
        title={t('actions.delete', { ns: 'common' })}
        onClick={() =>
          void deleteDecision(decision.id).then(
            () =>
              toast({
                message: t('toast.deleted'),
                action: {
                  label: t('actions.undo', { ns: 'common' }),
                  run: () => restoreDecision(decision.id),
                },
              }),
            fail,
          )
        }
      >
        ×
      </button>
    </li>
  );
}
