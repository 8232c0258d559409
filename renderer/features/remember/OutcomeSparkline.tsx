import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../shared/domain/types';
import './remember.css';

const BAR = 4;
const GAP = 2;
const HEIGHT = 16;
/** Satisfied stands tall, neutral half, a complaint low: the trend reads at a glance. */
const BAR_HEIGHT: Record<Outcome, number> = { satisfied: HEIGHT, neutral: HEIGHT / 2, complaint: HEIGHT / 4 };

/**
 * The client's last outcomes (oldest first) as small bars, with the outcomes in words as its
 * text alternative ("Last 3 outcomes: Satisfied, Complaint, Satisfied").
 */
export function OutcomeSparkline({ outcomes, slots = 10 }: { outcomes: readonly Outcome[]; slots?: number }) {
  const { t } = useTranslation('remember');
  const { t: tc } = useTranslation();
  const label =
    outcomes.length === 0
      ? t('health.sparklineNone')
      : t('health.sparkline', {
          count: outcomes.length,
          list: outcomes.map((o) => tc(`outcome.${o}`)).join(', '),
        });
  const width = slots * (BAR + GAP) - GAP;
  return (
    <svg
      className="outcome-sparkline"
      role="img"
      aria-label={label}
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      data-testid="outcome-sparkline"
    >
      <title>{label}</title>
      {outcomes.map((outcome, i) => (
        <rect
          key={i}
          className={`sparkline-${outcome}`}
          x={i * (BAR + GAP)}
          y={HEIGHT - BAR_HEIGHT[outcome]}
          width={BAR}
          height={BAR_HEIGHT[outcome]}
          rx={1}
        />
      ))}
    </svg>
  );
}
