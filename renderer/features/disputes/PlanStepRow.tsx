import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStep } from '../../../shared/domain/types';
import { isStepOverdue } from '../../../shared/rules/disputes';
import { movePlanStep, removePlanStep, restorePlanStep, setPlanStepDone, updatePlanStep } from '../../db/disputes';
import { useToast } from '../../ui/Toasts';
import { AutosaveField } from './AutosaveField';

interface Props {
  disputeId: string;
  step: PlanStep;
  index: number;
  count: number;
  today: string;
  autoFocus: boolean;
}

/** One correction-plan step: Done, Step, Owner, Due, move up/down and remove (with Undo). */
export function PlanStepRow({ disputeId, step, index, count, today, autoFocus }: Props) {
  const { t } = useTranslation('disputes');
  const toast = useToast();
  // Ticked at once; the stored value follows a moment later through the live query.
  const [done, setDone] = useState(step.done);
  useEffect(() => setDone(step.done), [step.done]);
  const overdue = isStepOverdue({ ...step, done }, today);
  const name = step.text || t('plan.untitled', { n: index + 1 });
  const fail = (error: unknown) =>
    toast({
      message: t('errors.saveFailed', {
        ns: 'common',
        message: (error as Error).message,
      }),
      tone: 'error',
    });
  const save = (patch: Partial<PlanStep>) =>
    updatePlanStep(disputeId, step.id, patch).then(
      () => undefined,
      (error: unknown) => {
        fail(error);
        return t('errors.notSaved');
      },
    );

  return (
    <li
      className={`plan-step${done ? ' plan-step-done' : ''}${overdue ? ' plan-step-overdue' : ''}`}
      data-testid="plan-step"
    >
      <input
        type="checkbox"
        className="plan-step-check"
        checked={done}
        aria-label={t('plan.doneLabel', { step: name })}
        title={t('plan.done')}
        onChange={(e) => {
          const next = e.target.checked;
          setDone(next);
          void setPlanStepDone(disputeId, step.id, next).catch((error: unknown) => {
            setDone(!next);
            fail(error);
          });
        }}
      />
      <AutosaveField
        label={t('plan.step')}
        hideLabel
        value={step.text}
        autoFocus={autoFocus}
        placeholder={t('plan.stepPlaceholder')}
        onSave={(text) => save({ text: text.trim() })}
        className="plan-step-text"
      />
      <AutosaveField
        label={t('plan.owner')}
        hideLabel
        value={step.owner}
        placeholder={t('plan.ownerPlaceholder')}
        onSave={(owner) => save({ owner: owner.trim() })}
        className="plan-step-owner"
      />
      <AutosaveField
        label={t('plan.due')}
        hideLabel
        type="date"
        value={step.due ?? ''}
        onSave={(due) => save({ due: due || null })}
        className="plan-step-due"
      />
      <span className="plan-step-flag">{overdue && <span className="badge badge-danger">{t('overdue')}</span>}</span>
      <span className="plan-step-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t('plan.moveUp', { step: name })}
          title={t('plan.moveUpShort')}
          disabled={index === 0}
          onClick={() => void movePlanStep(disputeId, step.id, -1).catch(fail)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('plan.moveDown', { step: name })}
          title={t('plan.moveDownShort')}
          disabled={index === count - 1}
          onClick={() => void movePlanStep(disputeId, step.id, 1).catch(fail)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('plan.remove', { step: name })}
          title={t('plan.removeShort')}
          onClick={() =>
            void removePlanStep(disputeId, step.id).then((removed) => {
              if (removed)
                toast({
                  message: t('toast.stepRemoved'),
                  action: {
                    label: t('actions.undo', { ns: 'common' }),
                    run: () => restorePlanStep(disputeId, removed.step, removed.index),
                  },
                });
            }, fail)
          }
        >
          ×
        </button>
      </span>
    </li>
  );
}
