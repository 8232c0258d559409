import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/domain/types';
import { isDecisionOverdue } from '../../../shared/rules/decisions';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';

/** The due date, marked when a pending decision is past it. */
export function DecisionDue({ decision, today }: { decision: Decision; today: string }) {
  const { t } = useTranslation('decisions');
  const { language } = useSettings();
  if (!decision.due) return <span className="muted">{t('noDue')}</span>;
  const date = format(parseISO(decision.due), 'PP', {
    locale: dateLocale(language),
  });
  if (!isDecisionOverdue(decision, today)) return <span>{date}</span>;
  return (
    <span className="overdue">
      {date} <span className="badge badge-danger">{t('overdue')}</span>
    </span>
  );
}
