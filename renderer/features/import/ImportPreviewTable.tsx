import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_TARGETS, type ColumnMapping, type ColumnTarget } from '../../../shared/import/mapping';
import type { DuplicateChoice, ImportPlan, InvalidRow, PlannedRow } from '../../../shared/import/plan';
import type { ImportTable } from '../../../shared/import/table';

/** Enough to check the mapping; the full count is shown next to it. Keeps 10 000 rows instant. */
export const PREVIEW_LIMIT = 100;

interface Props {
  table: ImportTable;
  mapping: ColumnMapping;
  plan: ImportPlan;
  onMapColumn: (column: number, target: ColumnTarget | null) => void;
  choiceFor: (row: PlannedRow) => DuplicateChoice;
  onChooseForRow: (line: number, choice: DuplicateChoice) => void;
}

/** The first rows of the file, a mapping select over each column, and each row's fate. */
export function ImportPreviewTable({ table, mapping, plan, onMapColumn, choiceFor, onChooseForRow }: Props) {
  const { t } = useTranslation('backup');
  const planned = useMemo(() => new Map(plan.rows.map((r) => [r.line, r])), [plan]);
  const invalid = useMemo(() => new Map(plan.invalid.map((r) => [r.line, r])), [plan]);
  const width = Math.max(table.headers.length, ...table.rows.slice(0, PREVIEW_LIMIT).map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  const shown = table.rows.slice(0, PREVIEW_LIMIT);

  return (
    <div className="import-preview" data-testid="import-preview">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.status')}</th>
            {columns.map((column) => {
              const header = table.headers[column] || `#${column + 1}`;
              return (
                <th scope="col" key={column}>
                  <span className="import-header-name" title={header}>
                    {header}
                  </span>
                  <select
                    aria-label={t('import.columnGoesTo', { column: header })}
                    value={mapping[column] ?? ''}
                    onChange={(e) => onMapColumn(column, targetOf(e.target.value))}
                  >
                    <option value="">{t('import.ignore')}</option>
                    {COLUMN_TARGETS.map((target) => (
                      <option key={target} value={target}>
                        {t(`import.target.${target}`)}
                      </option>
                    ))}
                  </select>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const bad = invalid.get(row.line);
            const good = planned.get(row.line);
            const className = bad ? 'import-row-invalid' : good?.duplicate ? 'import-row-duplicate' : undefined;
            return (
              <tr key={row.line} className={className}>
                <td>{row.line}</td>
                <td className="import-status">
                  {bad ? (
                    <InvalidStatus row={bad} />
                  ) : good ? (
                    <RowStatus row={good} choice={choiceFor(good)} onChoose={onChooseForRow} />
                  ) : null}
                </td>
                {columns.map((column) => (
                  <td key={column} title={row.cells[column]}>
                    {row.cells[column]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function targetOf(value: string): ColumnTarget | null {
  return COLUMN_TARGETS.find((target) => target === value) ?? null;
}

function InvalidStatus({ row }: { row: InvalidRow }) {
  const { t } = useTranslation('backup');
  return (
    <span className="badge badge-danger" title={row.problems.map((p) => p.field).join(', ')}>
      {t('import.statusInvalid')}
    </span>
  );
}

function RowStatus({
  row,
  choice,
  onChoose,
}: {
  row: PlannedRow;
  choice: DuplicateChoice;
  onChoose: (line: number, choice: DuplicateChoice) => void;
}) {
  const { t } = useTranslation('backup');
  const dup = row.duplicate;
  if (!dup) return <span className="badge badge-satisfied">{t('import.statusNew')}</span>;
  const label =
    dup.kind === 'existing'
      ? t('import.duplicateOf', { name: dup.name })
      : t('import.duplicateOfLine', { line: dup.line });
  return (
    <>
      <span className="badge badge-warning" title={t(dup.by === 'email' ? 'import.byEmail' : 'import.byName')}>
        {label}
      </span>
      <select
        aria-label={t('import.rowChoice', { line: row.line })}
        value={choice}
        onChange={(e) => onChoose(row.line, e.target.value as DuplicateChoice)}
      >
        <option value="skip">{t('import.skip')}</option>
        <option value="merge">{t('import.merge')}</option>
      </select>
    </>
  );
}
