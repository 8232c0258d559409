import { useState, type ReactNode } from 'react';

/**
 * A chart's table alternative behind "Show as table". The table is built only once opened, so
 * switching periods does not re-render dozens of hidden rows.
 */
export function ChartTable({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {isOpen && children()}
    </details>
  );
}
