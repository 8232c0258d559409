import type { ChartColors } from './useChartColors';

export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
}

/** A criterion name on the chart's axis; the weakest in bold, marked and in the danger colour. */
export function CriterionTick({
  x,
  y,
  payload,
  weakNames,
  colors,
}: TickProps & { weakNames: ReadonlySet<string>; colors: ChartColors }) {
  const name = payload?.value ?? '';
  const weak = weakNames.has(name);
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dy={4}
      textAnchor="end"
      fontSize={12}
      fontWeight={weak ? 700 : 400}
      fill={weak ? colors.danger : colors.text}
    >
      {weak ? `▲ ${name}` : name}
    </text>
  );
}
