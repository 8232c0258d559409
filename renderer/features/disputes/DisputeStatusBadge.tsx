import { useTranslation } from 'react-i18next';
import type { DisputeStatus } from '../../../shared/domain/types';

const TONE: Record<DisputeStatus, string> = {
  open: 'badge-complaint',
  inCorrection: 'badge-warning',
  resolved: 'badge-satisfied',
};

export function DisputeStatusBadge({ status }: { status: DisputeStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`disputeStatus.${status}`)}</span>;
}
