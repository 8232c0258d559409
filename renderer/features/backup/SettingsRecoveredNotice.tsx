import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../platform/bridge';
import { useToast } from '../../ui/Toasts';

/** Tells the user when a corrupted settings file was moved aside. Stays until closed. */
export function SettingsRecoveredNotice() {
  const { t } = useTranslation('backup');
  const toast = useToast();
  useEffect(
    () =>
      bridge.on('settings:recovered', ({ movedTo }) =>
        toast({ message: t('recovered', { path: movedTo }), tone: 'info', duration: 0 }),
      ),
    [toast, t],
  );
  return null;
}
