import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { useSettings } from '../../shell/SettingsProvider';
import { useLogConversation } from '../../shell/LogConversationContext';
import { navigate, useRoute } from '../../shell/useRoute';
import { useConversationRows } from '../../db/useConversationRows';
import { DEFAULT_PERIOD, isPeriodKey, type PeriodKey } from '../../../shared/rules/periods';
import { normaliseTarget } from '../../../shared/rules/balance';
import { PeriodSelect } from './PeriodSelect';
import { BalanceStats } from './BalanceStats';
import { WeeklyTrendChart } from './WeeklyTrendChart';
import { ChannelMixChart } from './ChannelMixChart';
import { CriteriaChart } from './CriteriaChart';
import { CallList } from './CallList';
import { DisputeStrip } from './DisputeStrip';
import { useDashboardFigures } from './useDashboardFigures';
import { useCallList } from './useCallList';
import { useToday } from '../../common/useToday';
import { RememberRegions } from '../remember/RememberRegions';
import './dashboard.css';

/** The home page: the ten-to-one balance, whom to call, the weakest service criteria. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const { settings } = useSettings();
  const logConversation = useLogConversation();
  const route = useRoute();
  const requested = route.query.get('period');
  // The period lives in the URL so a reload or Back keeps it.
  const period: PeriodKey = isPeriodKey(requested) ? requested : DEFAULT_PERIOD;
  const target = normaliseTarget(settings.targetRatio);
  const today = useToday();
  const snapshot = useConversationRows();
  const figures = useDashboardFigures(snapshot, period, target, settings.weekStartsOn, today);
  // The call list pays the period's open quests: the ones the Owed figure counts.
  const callList = useCallList(snapshot, figures?.balance.quests, today);
  // The four figures paint first; the charts (the costliest part of the page) mount on the
  // next frame, so the answer to "how am I doing?" appears as soon as the journal is read.
  const hasFigures = figures !== undefined;
  const [chartsReady, setChartsReady] = useState(false);
  useEffect(() => {
    if (!hasFigures || chartsReady) return;
    const frame = requestAnimationFrame(() => setChartsReady(true));
    return () => cancelAnimationFrame(frame);
  }, [hasFigures, chartsReady]);

  const header = (
    <PageHeader
      title={tc('nav.dashboard')}
      actions={
        <PeriodSelect
          value={period}
          onChange={(p) => navigate(p === DEFAULT_PERIOD ? '/dashboard' : `/dashboard?period=${p}`)}
        />
      }
    />
  );

  if (!snapshot || !figures) {
    return (
      <>
        {header}
        <div className="dashboard-skeleton" aria-busy="true" aria-label={t('loading')}>
          <div className="stat-grid">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className="card stat skeleton-block" />
            ))}
          </div>
          <div className="card skeleton-block skeleton-chart" />
        </div>
      </>
    );
  }

  if (snapshot.rows.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title={t('empty.title')}
          action={
            <button type="button" className="button button-primary" onClick={() => logConversation.open()}>
              {tc('actions.logConversation')}
            </button>
          }
        >
          {t('empty.body')}
        </EmptyState>
        <RememberRegions />
        <div className="dashboard-grid dashboard-grid-empty">
          <DisputeStrip />
        </div>
      </>
    );
  }

  return (
    <>
      {header}
      <BalanceStats balance={figures.balance} period={period} target={target} />
      <RememberRegions />
      <div className="dashboard-grid">
        <div className="dashboard-main">
          {chartsReady ? (
            <>
              <WeeklyTrendChart trend={figures.trend} target={target} />
              <CriteriaChart tally={figures.criteria} weakest={figures.weakest} />
            </>
          ) : (
            <div className="card skeleton-block skeleton-chart" aria-busy="true" />
          )}
        </div>
        <div className="dashboard-side">
          <CallList entries={callList} owed={figures.balance.owed} />
          <DisputeStrip />
          {chartsReady && <ChannelMixChart channels={figures.channels} />}
        </div>
      </div>
    </>
  );
}
