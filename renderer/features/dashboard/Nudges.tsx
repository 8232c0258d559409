import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideNudge, type Nudge } from '../../../shared/rules/nudges';
import { normaliseTarget } from '../../../shared/rules/balance';
import { useSettings } from '../../shell/SettingsProvider';
import { navigate } from '../../shell/useRoute';
import { call } from '../../platform/bridge';
import { useConversationRows } from '../../db/useConversationRows';
import type { IndexSnapshot } from '../../db/conversationIndex';
import { useToday } from '../../common/useToday';
import { useBalanceLast30Days } from './useBalanceLast30Days';
import { useDueToday } from './useDueToday';
import { useCallList } from './useCallList';
import './dashboard.css';

interface Message {
  title: string;
  body: string;
}

function lastSatisfiedBefore(rows: IndexSnapshot['rows'], nowMs: number): number | null {
  // Rows are sorted by time: walk back from the end.
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (row.atMs <= nowMs && row.outcome === 'satisfied') return row.atMs;
  }
  return null;
}

/**
 * Background nudges: a desktop notification (or, when the platform cannot show one, an in-app
 * banner) saying whom to call, at most once a day and never in quiet hours.
 */
export function Nudges() {
  const { t } = useTranslation('dashboard');
  const { settings, updateSettings } = useSettings();
  const today = useToday();
  const snapshot = useConversationRows();
  const balance = useBalanceLast30Days(snapshot, normaliseTarget(settings.targetRatio), today);
  const owed = balance?.owed;
  const due = useDueToday(today);
  const callList = useCallList(snapshot, balance?.quests, today);
  const [banner, setBanner] = useState<Message | null>(null);
  // Quiet hours end and days change while the app stays open: look again every minute.
  const [minute, setMinute] = useState(0);
  // Guards against a second nudge before the saved lastNudgeOn comes back from settings.
  const firedOn = useRef<string | null>(null);

  useEffect(() => {
    const timer = window.setInterval(() => setMinute((m) => m + 1), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!snapshot || owed === undefined || due === undefined || callList === undefined) return;
    if (firedOn.current === today) return;
    const now = new Date();
    const nudge = decideNudge({
      now,
      settings,
      owed,
      lastSatisfiedMs: lastSatisfiedBefore(snapshot.rows, now.getTime()),
      journalStartMs: snapshot.rows[0]?.atMs ?? null,
      dueToday: due,
    });
    if (!nudge) return;
    firedOn.current = today;
    const message = compose(
      nudge,
      callList.slice(0, 3).map((e) => e.name),
      t,
    );
    void (async () => {
      try {
        await updateSettings({ lastNudgeOn: today });
        const { shown } = await call('notify:show', message);
        if (!shown) setBanner(message);
      } catch {
        // A nudge is a courtesy: if the platform refuses, show it in the app instead.
        setBanner(message);
      }
    })();
    // `minute` re-runs the check; settings carry lastNudgeOn, quiet hours and the switch.
  }, [snapshot, owed, due, callList, settings, updateSettings, today, minute, t]);

  if (!banner) return null;
  return (
    <div className="nudge-banner" role="status" data-testid="nudge-banner">
      <div className="nudge-banner-text">
        <strong>{banner.title}</strong>
        {banner.body}
      </div>
      <div className="nudge-banner-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setBanner(null);
            navigate('/dashboard');
          }}
        >
          {t('nudge.openDashboard')}
        </button>
        <button type="button" className="button button-small" onClick={() => setBanner(null)}>
          {t('nudge.dismiss')}
        </button>
      </div>
    </div>
  );
}

function compose(
  nudge: Nudge,
  names: string[],
  t: (key: string, options?: Record<string, unknown>) => string,
): Message {
  const parts: string[] = [];
  if (nudge.owed) {
    parts.push(t('nudge.owed', { count: nudge.owed.owed }));
    parts.push(
      nudge.owed.daysSinceSatisfied === null
        ? t('nudge.never')
        : t('nudge.days', { count: nudge.owed.daysSinceSatisfied }),
    );
    if (names.length > 0) parts.push(t('nudge.callFirst', { names: names.join(', ') }));
  }
  if (nudge.due) {
    if (nudge.due.decisions > 0) parts.push(t('nudge.dueDecisions', { count: nudge.due.decisions }));
    if (nudge.due.planSteps > 0) parts.push(t('nudge.dueSteps', { count: nudge.due.planSteps }));
  }
  return { title: nudge.owed ? t('nudge.title') : t('nudge.titleDue'), body: parts.join(' ') };
}
