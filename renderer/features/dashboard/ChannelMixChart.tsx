import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { CHANNELS, type Channel } from '../../../shared/domain/types';
import { ChartTable } from './ChartTable';
import { useChartColors } from './useChartColors';
import { useElementWidth } from './useElementWidth';

const ROW = 30;

/** How the director's contacts in the period happen: conversations per channel. */
export const ChannelMixChart = memo(function ChannelMixChart({ channels }: { channels: Record<Channel, number> }) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const colors = useChartColors();
  const [ref, width] = useElementWidth();
  const data = useMemo(
    () =>
      CHANNELS.map((c) => ({ channel: c, name: tc(`channel.${c}`), count: channels[c] })).sort(
        (a, b) => b.count - a.count || CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel),
      ),
    [channels, tc],
  );
  const total = data.reduce((sum, d) => sum + d.count, 0);
  const height = data.length * ROW + 16;

  return (
    <section className="card dashboard-card" aria-labelledby="dashboard-channels-title">
      <h2 id="dashboard-channels-title">{t('channels.title')}</h2>
      {total === 0 ? (
        <p className="muted">{t('channels.empty')}</p>
      ) : (
        <>
          <div ref={ref} className="chart-box" style={{ height }} aria-hidden="true">
            {width > 0 && (
              <BarChart
                accessibilityLayer={false}
                width={width}
                height={height}
                data={data}
                layout="vertical"
                margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
              >
                <CartesianGrid stroke={colors.border} strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" hide allowDecimals={false} />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={110}
                  tick={{ fill: colors.text, fontSize: 12 }}
                  stroke={colors.border}
                />
                <Tooltip
                  isAnimationActive={false}
                  contentStyle={{
                    background: colors.surface,
                    border: `1px solid ${colors.border}`,
                    borderRadius: 6,
                    color: colors.text,
                  }}
                  labelStyle={{ color: colors.text }}
                  cursor={{ fill: colors.border, fillOpacity: 0.35 }}
                />
                <Bar
                  dataKey="count"
                  name={t('channels.count')}
                  fill={colors.accent}
                  radius={[0, 3, 3, 0]}
                  isAnimationActive={false}
                >
                  <LabelList dataKey="count" position="right" fill={colors.text} fontSize={12} />
                </Bar>
              </BarChart>
            )}
          </div>
          <ChartTable
            summary={t('channels.showTable')}
            caption={t('channels.title')}
            headers={[t('channels.channel'), t('channels.count')]}
          >
            {() => (
              <>
                {data.map((d) => (
                  <tr key={d.channel}>
                    <th scope="row">{d.name}</th>
                    <td>{d.count}</td>
                  </tr>
                ))}
              </>
            )}
          </ChartTable>
        </>
      )}
    </section>
  );
});
