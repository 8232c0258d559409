import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../../shared/domain/types';
import { overdueStepCount, planProgress } from '../../../shared/rules/disputes';
import { addPlanStep } from '../../db/disputes';
import { useToast } from '../../ui/Toasts';
import { PlanProgressBar } from './PlanProgressBar';
import { PlanStepRow } from './PlanStepRow';

/** The correction plan: ordered steps ticked off until the defect is gone. */
export function CorrectionPlan({ dispute, today }: { dispute: Dispute; today: string }) {
  const { t } = useTranslation('disputes');
  const toast = useToast();
  const [focusId, setFocusId] = useState<string | null>(null);
  const overdue = overdueStepCount(dispute.plan, today);

  const add = async () => {
    try {
      const step = await addPlanStep(dispute.id);
      setFocusId(step.id);
    } catch (error) {
      toast({
        message: t('errors.saveFailed', {
          ns: 'common',
          message: (error as Error).message,
        }),
        tone: 'error',
      });
    }
  };

  return (
    <section className="card plan" aria-labelledby="plan-title">
      <div className="section-header">
        <h2 id="plan-title">{t('plan.title')}</h2>
        <PlanProgressBar progress={planProgress(dispute.plan)} />
        {overdue > 0 && <span className="badge badge-danger">{t('overdueSteps', { count: overdue })}</span>}
        <span className="spacer" />
        <button type="button" className="button button-small" onClick={() => void add()}>
          {t('plan.add')}
        </button>
      </div>
      {dispute.plan.length === 0 ? (
        <p className="muted">{t('plan.empty')}</p>
      ) : (
        <>
          <div className="plan-step plan-step-head" aria-hidden="true">
            <span>{t('plan.done')}</span>
            <span>{t('plan.step')}</span>
            <span>{t('plan.owner')}</span>
            <span>{t('plan.due')}</span>
          </div>
          <ol className="plan-steps">
            {dispute.plan.map((step, index) => (
              <PlanStepRow
                key={step.id}
                disputeId={dispute.id}
                step={step}
                index={index}
                count={dispute.plan.length}
                today={today}
                autoFocus={step.id === focusId}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
