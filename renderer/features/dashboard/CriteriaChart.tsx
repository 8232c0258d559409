import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { CRITERIA, type Criterion } from '../../../shared/domain/types';
import type { CriteriaTally } from '../../../shared/rules/criteria';
import { ChartTable } from './ChartTable';
import { useChartColors } from './useChartColors';
import { CriterionTick, type TickProps } from './CriterionTick';
import { useElementWidth } from './useElementWidth';

const ROW = 30;
const AXIS_WIDTH = 170;

/** Praise and criticism per service criterion in the period; the three weakest by name. */
export const CriteriaChart = memo(function CriteriaChart({
  tally,
  weakest,
}: {
  tally: CriteriaTally;
  weakest: Criterion[];
}) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const colors = useChartColors();
  const [ref, width] = useElementWidth();
  const data = useMemo(
    () => CRITERIA.map((c) => ({ criterion: c, name: tc(`criterion.${c}`), ...tally[c] })),
    [tally, tc],
  );
  const weakNames = useMemo(() => new Set(weakest.map((c) => tc(`criterion.${c}`))), [weakest, tc]);
  const mentioned = data.some((d) => d.praised + d.criticised > 0);
  const height = data.length * ROW + 48;

  return (
    <section className="card dashboard-card" aria-labelledby="dashboard-criteria-title">
      <h2 id="dashboard-criteria-title">{t('criteria.title')}</h2>
      {!mentioned ? (
        <p className="muted">{t('criteria.none')}</p>
      ) : (
        <>
          <p className="criteria-weakest" data-testid="weakest-criteria">
            {weakest.length === 0
              ? t('criteria.noneCriticised')
              : t('criteria.weakest', { list: weakest.map((c) => tc(`criterion.${c}`)).join(', ') })}
          </p>
          <div ref={ref} className="chart-box" style={{ height }} aria-hidden="true">
            {width > 0 && (
              <BarChart
                accessibilityLayer={false}
                width={width}
                height={height}
                data={data}
                layout="vertical"
                margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
              >
                <CartesianGrid stroke={colors.border} strokeDasharray="3 3" horizontal={false} />
                <XAxis
                  type="number"
                  allowDecimals={false}
                  tick={{ fill: colors.muted, fontSize: 12 }}
                  stroke={colors.border}
                />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={AXIS_WIDTH}
                  stroke={colors.border}
                  interval={0}
                  tick={(props: TickProps) => <CriterionTick {...props} weakNames={weakNames} colors={colors} />}
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
                />
                <Legend wrapperStyle={{ color: colors.text, fontSize: 13 }} itemSorter={null} />
                <Bar
                  dataKey="praised"
                  name={t('criteria.praised')}
                  fill={colors.satisfied}
                  radius={[0, 3, 3, 0]}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="criticised"
                  name={t('criteria.criticised')}
                  fill={colors.complaint}
                  radius={[0, 3, 3, 0]}
                  isAnimationActive={false}
                />
              </BarChart>
            )}
          </div>
          <ChartTable
            summary={t('criteria.showTable')}
            caption={t('criteria.title')}
            headers={[t('criteria.criterion'), t('criteria.praised'), t('criteria.criticised')]}
          >
            {() => (
              <>
                {data.map((d) => (
                  <tr key={d.criterion} className={weakest.includes(d.criterion) ? 'criteria-weak-row' : undefined}>
                    <th scope="row">
                      {d.name}
                      {weakest.includes(d.criterion) && (
                        <span className="badge badge-danger criteria-weak-badge">{t('criteria.weakMark')}</span>
                      )}
                    </th>
                    <td>{d.praised}</td>
                    <td>{d.criticised}</td>
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
