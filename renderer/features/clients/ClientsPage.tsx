import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function ClientsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.clients')} />;
}
