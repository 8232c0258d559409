import { useTranslation } from 'react-i18next';
import type { RiskReason } from '../../../shared/rules/clientHealth';

/** A risk reason in words: "open dispute for 12 days", "silent 64 days, usually 20". */
export function useRiskReasonText(): (reason: RiskReason) => string {
  const { t } = useTranslation('remember');
  const { t: tc } = useTranslation();
  return (reason) => {
    switch (reason.kind) {
      case 'vip':
        return t('risk.reason.vip');
      case 'openDispute':
        return t('risk.reason.openDispute', { count: reason.days });
      case 'silent':
        return reason.basis === 'cadence'
          ? t('risk.reason.silentCadence', { count: reason.days, usual: reason.usualDays })
          : t('risk.reason.silentUsual', { count: reason.days, usual: reason.usualDays });
      case 'complaints':
        return t('risk.reason.complaints', { count: reason.count });
      case 'criticised':
        return t('risk.reason.criticised', {
          list: reason.criteria.map((c) => tc(`criterion.${c}`).toLocaleLowerCase()).join(', '),
        });
      case 'fallingSatisfied':
        return t('risk.reason.fallingSatisfied', { from: reason.fromPercent, to: reason.toPercent });
    }
  };
}
