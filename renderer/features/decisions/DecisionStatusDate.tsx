import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/domain/types';
import { currentStatusChange } from '../../../shared/rules/decisions';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';

/**
 * When a judged decision got its status, from its history: "Kept on 14 Oct" (with the year
 * when it is not this year). Nothing for a pending decision.
 */
export function DecisionStatusDate({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  if (decision.status === 'pending') return null;
  const at = parseISO(currentStatusChange(decision).at);
  const pattern = at.getFullYear() === new Date().getFullYear() ? 'd MMM' : 'd MMM yyyy';
  const date = format(at, pattern, { locale: dateLocale(language) });
  return (
    <span className="decision-status-date muted" data-testid="decision-status-date">
      {t(`decisionStatusOn.${decision.status}`, { date })}
    </span>
  );
}
