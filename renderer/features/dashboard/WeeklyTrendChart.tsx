import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendWeek } from '../../../shared/rules/trend';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import { ChartTable } from './ChartTable';
import { useChartColors } from './useChartColors';
import { useElementWidth } from './useElementWidth';
import { formatRatio } from './formatRatio';

const HEIGHT = 260;

/** Round ticks from 0 to a little above `max` for the ratio axis (0, 5, 10, 15 rather than 0, 3, 6, 9, 11). */
function niceTicks(max: number): number[] {
  const step =
    max <= 4 ? 1 : max <= 12 ? 2 : max <= 30 ? 5 : max <= 60 ? 10 : Math.pow(10, Math.floor(Math.log10(max)));
  const top = Math.ceil((max * 1.05) / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}

interface Point {
  label: string;
  week: string;
  from: string;
  satisfied: number;
  complaints: number;
  ratio: number | null;
}

/** Satisfied and complaint bars per week, the ratio as a line, the target as a reference line. */
export const WeeklyTrendChart = memo(function WeeklyTrendChart({
  trend,
  target,
}: {
  trend: TrendWeek[];
  target: number;
}) {
  const { t } = useTranslation('dashboard');
  const { language } = useSettings();
  const colors = useChartColors();
  const [ref, width] = useElementWidth();
  const locale = dateLocale(language);

  const data = useMemo<Point[]>(
    () =>
      trend.map((w) => ({
        label: format(w.startMs, 'd MMM', { locale }),
        week: w.weekKey,
        from: format(w.startMs, 'PP', { locale }),
        satisfied: w.satisfied,
        complaints: w.complaints,
        ratio: w.ratio === null ? null : Math.round(w.ratio * 10) / 10,
      })),
    [trend, locale],
  );
  const ratioTicks = useMemo(() => niceTicks(Math.max(target, ...data.map((d) => d.ratio ?? 0))), [data, target]);
  const labels = {
    satisfied: t('trend.satisfied'),
    complaints: t('trend.complaints'),
    ratio: t('trend.ratio'),
  };

  return (
    <section className="card dashboard-card dashboard-trend" aria-labelledby="dashboard-trend-title">
      <div className="card-title-row">
        <h2 id="dashboard-trend-title">{t('trend.title')}</h2>
        <span className="muted">{t('trend.subtitle', { count: trend.length })}</span>
      </div>
      <div ref={ref} className="chart-box" style={{ height: HEIGHT }} aria-hidden="true">
        {width > 0 && (
          <ComposedChart
            accessibilityLayer={false}
            width={width}
            height={HEIGHT}
            data={data}
            margin={{ top: 8, right: 8, bottom: 0, left: -12 }}
          >
            <CartesianGrid stroke={colors.border} strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fill: colors.muted, fontSize: 12 }}
              stroke={colors.border}
              interval="preserveStartEnd"
              minTickGap={16}
            />
            <YAxis
              yAxisId="count"
              allowDecimals={false}
              tick={{ fill: colors.muted, fontSize: 12 }}
              stroke={colors.border}
            />
            <YAxis
              yAxisId="ratio"
              orientation="right"
              domain={[0, ratioTicks[ratioTicks.length - 1]!]}
              ticks={ratioTicks}
              tick={{ fill: colors.muted, fontSize: 12 }}
              stroke={colors.border}
              tickFormatter={(v: number) => `${v}:1`}
            />
            <Tooltip
              isAnimationActive={false}
              contentStyle={{
                background: colors.surface,
                border: `1px solid ${colors.border}`,
                borderRadius: 6,
                color: colors.text,
              }}
              labelStyle={{ color: colors.text, fontWeight: 600 }}
              cursor={{ fill: colors.border, fillOpacity: 0.35 }}
              labelFormatter={(_label, payload) => {
                const point = payload?.[0]?.payload as Point | undefined;
                return point ? t('trend.weekOf', { week: point.week, date: point.from }) : '';
              }}
              formatter={(value, name) =>
                name === labels.ratio
                  ? [
                      value === null || value === undefined
                        ? t('trend.noRatio')
                        : `${formatRatio(Number(value), language)} : 1`,
                      name,
                    ]
                  : [String(value), name]
              }
            />
            <Legend wrapperStyle={{ color: colors.text, fontSize: 13 }} itemSorter={null} />
            <ReferenceLine
              yAxisId="ratio"
              y={target}
              stroke={colors.accent}
              strokeDasharray="6 4"
              label={{
                value: `${t('trend.target')} ${target}:1`,
                position: 'insideTopRight',
                fill: colors.accent,
                fontSize: 12,
              }}
            />
            <Bar
              yAxisId="count"
              dataKey="satisfied"
              name={labels.satisfied}
              fill={colors.satisfied}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="count"
              dataKey="complaints"
              name={labels.complaints}
              fill={colors.complaint}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
            <Line
              yAxisId="ratio"
              dataKey="ratio"
              name={labels.ratio}
              type="linear"
              stroke={colors.accent}
              strokeWidth={2}
              dot={{ r: 3, fill: colors.accent }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        )}
      </div>
      <ChartTable
        summary={t('trend.showTable')}
        caption={t('trend.title')}
        headers={[t('trend.week'), labels.satisfied, labels.complaints, labels.ratio]}
      >
        {() => (
          <>
            {data.map((d) => (
              <tr key={d.week}>
                <th scope="row">
                  {d.week} <span className="muted">({d.from})</span>
                </th>
                <td>{d.satisfied}</td>
                <td>{d.complaints}</td>
                <td>{d.ratio === null ? t('trend.noRatio') : `${formatRatio(d.ratio, language)} : 1`}</td>
              </tr>
            ))}
          </>
        )}
      </ChartTable>
    </section>
  );
});
