import { useEffect } from 'react';
import { eraseExpiredDeletions } from '../../db/erasure';
import { useSettings } from '../../shell/SettingsProvider';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Background: erases the text of entries deleted longer ago than the window, at start-up (and
 * whenever the window changes) and then once a day while the app is open.
 */
export function EraseDeletedEntries() {
  const { settings } = useSettings();
  const days = settings.eraseDeletedAfterDays;
  useEffect(() => {
    const run = () => {
      eraseExpiredDeletions(Date.now(), days).catch((error: unknown) => {
        console.warn('Erasing deleted entries failed', error);
      });
    };
    run();
    const timer = window.setInterval(run, DAY);
    return () => window.clearInterval(timer);
  }, [days]);
  return null;
}
