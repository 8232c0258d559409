import { useState, type ReactNode } from 'react';

/**
 * A chart's table alternative behind "Show as table": a captioned table with one header row.
 * The body rows are built only once opened, so switching periods does not re-render dozens of
 * hidden rows.
 */
export function ChartTable({
  summary,
  caption,
  headers,
  children,
}: {
  summary: string;
  caption: string;
  headers: readonly string[];
  /** The `<tr>` rows of the table body. */
  children: () => ReactNode;
}) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {isOpen && (
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children()}</tbody>
        </table>
      )}
    </details>
  );
}
