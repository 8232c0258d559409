import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function ClientPage({ clientId }: { clientId: string }) {
  void clientId;
  const { t } = useTranslation();
  return <PageHeader title={t('nav.clients')} />;
}
