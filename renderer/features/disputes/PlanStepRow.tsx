import { useEffect, useRef, useState } from 'react';
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
  // Reordering moves this row in the DOM, which drops the focus; put it back on the same
  // arrow (or the other one once the step reaches an end) so keyboard reordering flows.
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<-1 | 1 | null>(null);
  useEffect(() => {
    const direction = pendingFocus.current;
    if (direction === null) return;
    pendingFocus.current = null;
    const preferred = direction === -1 ? upRef.current : downRef.current;
    const other = direction === -1 ? downRef.current : upRef.current;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  }, [index]);
  const move = (direction: -1 | 1) => {
    pendingFocus.current = direction;
    void movePlanStep(disputeId, step.id, direction).catch(fail);
  };
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
          ref={upRef}
          onClick={() => move(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('plan.moveDown', { step: name })}
          title={t('plan.moveDownShort')}
          disabled={index === count - 1}
          ref={downRef}
          onClick={() => move(1)}
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
