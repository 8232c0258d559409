import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The dialog and its parsers load when first opened, not at start-up (the workbook reader
// inside it loads later still, when a workbook is chosen).
const ImportClientsDialog = lazy(() =>
  import('./ImportClientsDialog').then((m) => ({ default: m.ImportClientsDialog })),
);

/** Clients page: import clients from CSV, vCard or Excel. */
export function ImportClientsButton() {
  const { t } = useTranslation('backup');
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('import.button')}
      </button>
      {isOpen && (
        <Suspense fallback={null}>
          <ImportClientsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
