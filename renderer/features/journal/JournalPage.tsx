import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function JournalPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.journal')} />;
}
