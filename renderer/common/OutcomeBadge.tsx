import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../shared/domain/types';

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${outcome}`}>{t(`outcome.${outcome}`)}</span>;
}
