import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportClientsDialog } from './ImportClientsDialog';
import './backup.css';

/** Clients page: import clients from CSV or vCard. */
export function ImportClientsButton() {
  const { t } = useTranslation('backup');
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('import.button')}
      </button>
      {isOpen && <ImportClientsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
