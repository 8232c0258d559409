import { useEffect, useState } from 'react';

export interface ChartColors {
  satisfied: string;
  complaint: string;
  accent: string;
  text: string;
  muted: string;
  border: string;
  surface: string;
  danger: string;
  neutral: string;
}

const VARS: Record<keyof ChartColors, string> = {
  satisfied: '--satisfied',
  complaint: '--complaint',
  accent: '--accent',
  text: '--text',
  muted: '--text-muted',
  border: '--border',
  surface: '--surface',
  danger: '--danger',
  neutral: '--neutral',
};

function read(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const colors = {} as ChartColors;
  for (const key of Object.keys(VARS) as (keyof ChartColors)[]) colors[key] = style.getPropertyValue(VARS[key]).trim();
  return colors;
}

/**
 * The theme's colours as concrete values: SVG presentation attributes (recharts' fill/stroke)
 * do not resolve CSS variables. Re-read when the theme attribute on <html> changes.
 */
export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const observer = new MutationObserver(() => setColors(read()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return colors;
}
