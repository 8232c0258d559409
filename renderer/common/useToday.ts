import { useEffect, useState } from 'react';
import { todayLocal } from '../../shared/dates/instant';

/**
 * Today's local date (yyyy-MM-dd), updated when the day changes while the app stays open, so
 * "this week" and "last 30 days" move on at midnight. Use it as a memo key.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => todayLocal());
  useEffect(() => {
    const timer = window.setInterval(() => setToday(todayLocal()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
