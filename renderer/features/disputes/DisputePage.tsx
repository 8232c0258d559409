import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function DisputePage({ disputeId }: { disputeId: string }) {
  void disputeId;
  const { t } = useTranslation();
  return <PageHeader title={t('nav.disputes')} />;
}
