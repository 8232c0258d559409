import { useTranslation } from 'react-i18next';
import { DECISION_STATUSES, type Decision, type DecisionStatus } from '../../../shared/domain/types';
import { setDecisionStatus } from '../../db/decisions';
import { useToast } from '../../ui/Toasts';

/** Inline status change: judging a promise kept or broken is one keystroke away. */
export function DecisionStatusSelect({ decision }: { decision: Decision }) {
  const { t } = useTranslation('decisions');
  const toast = useToast();
  return (
    <select
      className={`decision-status decision-status-${decision.status}`}
      aria-label={t('statusOf', { decision: decision.decision })}
      value={decision.status}
      onChange={(e) =>
        void setDecisionStatus(decision.id, e.target.value as DecisionStatus).catch((error: unknown) =>
          toast({
            message: t('errors.saveFailed', {
              ns: 'common',
              message: (error as Error).message,
            }),
            tone: 'error',
          }),
        )
      }
    >
      {DECISION_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`decisionStatus.${s}`, { ns: 'common' })}
        </option>
      ))}
    </select>
  );
}
