import { useEffect, useState } from 'react';
import { todayLocal } from '../../../shared/dates/instant';

/** Today's local date (`yyyy-MM-dd`); moves on at midnight while the app stays open, so overdue marks follow. */
export function useToday(): string {
  const [today, setToday] = useState(() => todayLocal());
  useEffect(() => {
    const timer = window.setInterval(() => setToday(todayLocal()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
