import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasName } from '../../../shared/import/mapping';
import type { RowProblem } from '../../../shared/import/plan';
import { applyClientImport, undoClientImport } from '../../db/importClients';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { openTextFile } from '../../platform/files';
import { ImportPreviewTable, PREVIEW_LIMIT } from './ImportPreviewTable';
import { useClientImport, type DelimiterChoice } from './useClientImport';
import './import.css';

const INVALID_SHOWN = 50;
const DELIMITERS: { value: DelimiterChoice; key: 'auto' | 'comma' | 'semicolon' | 'tab' | 'none' }[] = [
  { value: 'auto', key: 'auto' },
  { value: ',', key: 'comma' },
  { value: ';', key: 'semicolon' },
  { value: '\t', key: 'tab' },
  { value: 'none', key: 'none' },
];
/** What the file dialog offers; any other file picked (a PDF, a photo) gets a clear message. */
const EXTENSIONS = ['csv', 'txt', 'tsv', 'vcf', 'xlsx', 'xls'];

/** Import clients from CSV, vCard or Excel: pick a file, check the mapping and the rows, import all at once. */
export function ImportClientsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('backup');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const state = useClientImport();
  const [openError, setOpenError] = useState<string | null>(null);
  const [isImporting, setImporting] = useState(false);
  const { file, table, plan, resolved, mapping, loadBytes } = state;
  const readError = openError ?? state.readError;

  const chooseFile = useCallback(async () => {
    setOpenError(null);
    try {
      const opened = await openTextFile(EXTENSIONS, 'CSV, vCard, Excel');
      if (opened) await loadBytes(opened.name, opened.bytes);
    } catch (e) {
      setOpenError(e instanceof Error ? e.message : String(e));
    }
  }, [loadBytes]);

  const runImport = useCallback(async () => {
    if (!resolved) return;
    setImporting(true);
    try {
      const outcome = await applyClientImport(resolved);
      toast({
        message: t('import.done', { created: resolved.creates.length, merged: resolved.merged }),
        tone: 'success',
        action: {
          label: tc('actions.undo'),
          run: async () => {
            await undoClientImport(outcome);
            toast({ message: t('import.undone') });
          },
        },
      });
      onClose();
    } catch (e) {
      toast({ message: t('import.failed', { message: e instanceof Error ? e.message : String(e) }), tone: 'error' });
    } finally {
      setImporting(false);
    }
  }, [resolved, toast, onClose, t, tc]);

  const toImport = resolved ? resolved.creates.length + resolved.merged : 0;
  const duplicates = plan ? plan.rows.filter((r) => r.duplicate).length : 0;

  return (
    <Dialog
      title={t('import.title')}
      open
      wide
      onRequestClose={onClose}
      footer={
        <>
          {resolved && plan && (
            <span className="import-summary" data-testid="import-summary">
              {t('import.summary', {
                created: resolved.creates.length,
                merged: resolved.merged,
                skipped: resolved.skipped,
                invalid: plan.invalid.length,
              })}
            </span>
          )}
          <button type="button" className="button" onClick={onClose}>
            {tc('actions.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={toImport === 0 || isImporting}
            onClick={() => void runImport()}
          >
            {isImporting
              ? t('import.importing')
              : toImport === 0
                ? t('import.importNothing')
                : t('import.importButton', { count: toImport })}
          </button>
        </>
      }
    >
      {!file && <p className="muted">{t('import.intro')}</p>}
      <div className="import-file-row">
        <button
          type="button"
          className={file ? 'button' : 'button button-primary'}
          onClick={() => void chooseFile()}
          disabled={!state.isReady || state.isReading}
        >
          {file ? t('import.chooseOther') : t('import.chooseFile')}
        </button>
        {state.isReading && (
          <span className="import-file-info" role="status">
            {t('import.reading')}
          </span>
        )}
        {file && table && (
          <span className="import-file-info" data-testid="import-file-info">
            <span className="file-path">{file.name}</span> ·{' '}
            {file.content.kind === 'text'
              ? t(`import.encoding.${file.content.decoded.encoding}`)
              : t('import.workbook')}{' '}
            · {t('import.rows', { count: table.rows.length })}
          </span>
        )}
        {file && file.content.kind === 'sheet' && file.content.sheets.length > 1 && (
          <div className="field">
            <label htmlFor="import-sheet">{t('import.sheet')}</label>
            <select
              id="import-sheet"
              value={state.sheetIndex}
              onChange={(e) => state.setSheetIndex(Number(e.target.value))}
            >
              {file.content.sheets.map((sheet, i) => (
                <option key={`${i}-${sheet.name}`} value={i}>
                  {sheet.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {file && file.content.kind === 'text' && !file.content.isVCard && (
          <div className="field">
            <label htmlFor="import-separator">{t('import.separator')}</label>
            <select
              id="import-separator"
              value={state.delimiter}
              onChange={(e) => state.setDelimiter(e.target.value as DelimiterChoice)}
            >
              {DELIMITERS.map((d) => (
                <option key={d.key} value={d.value}>
                  {d.key === 'auto' && table?.delimiter
                    ? `${t('import.separators.auto')} (${t(`import.separators.${DELIMITERS.find((x) => x.value === table.delimiter)?.key ?? 'comma'}`)})`
                    : t(`import.separators.${d.key}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {readError && (
        <p className="error-panel" role="alert">
          {t('import.readFailed', { message: readError })}
        </p>
      )}
      {file && file.content.kind === 'binary' && (
        <p className="import-notice" role="alert" data-testid="import-binary">
          {t(`import.binary.${file.content.format}`, { name: file.name })}
        </p>
      )}
      {file && table && table.headers.length === 0 && <p className="import-notice">{t('import.emptyFile')}</p>}
      {file && table && table.headers.length > 0 && table.rows.length === 0 && (
        <p className="import-notice">{t('import.headerOnly')}</p>
      )}
      {table && mapping && plan && table.rows.length > 0 && (
        <>
          {state.layout && (
            <p className="import-layout" data-testid="import-layout">
              {t(`import.layout.${state.layout}`, { versions: (table.versions ?? []).join(', ') })}{' '}
              {t('import.layoutEditable')}
            </p>
          )}
          {!hasName(mapping) && (
            <p className="import-notice" role="alert">
              {t('import.noName')}
            </p>
          )}
          {hasName(mapping) && plan.invalid.length > 0 && (
            <div className="import-invalid" data-testid="import-invalid">
              <strong>{t('import.invalid', { count: plan.invalid.length })}</strong>
              <ul>
                {plan.invalid
                  .slice(0, INVALID_SHOWN)
                  .flatMap((row) =>
                    row.problems.map((problem) => (
                      <li key={`${row.line}-${problem.field}`}>{problemText(t, row.line, problem)}</li>
                    )),
                  )}
                {plan.invalid.length > INVALID_SHOWN && (
                  <li>{t('import.moreInvalid', { count: plan.invalid.length - INVALID_SHOWN })}</li>
                )}
              </ul>
              <span className="muted">{t('import.invalidNote')}</span>
            </div>
          )}
          {duplicates > 0 && (
            <div className="import-duplicates">
              <span>{t('import.duplicates', { count: duplicates })}</span>
              <fieldset>
                <legend>{t('import.duplicateChoice')}</legend>
                <label className="checkbox">
                  <input
                    type="radio"
                    name="import-duplicates"
                    checked={state.globalChoice === 'skip'}
                    onChange={() => state.chooseForAll('skip')}
                  />
                  {t('import.skipAll')}
                </label>
                <label className="checkbox">
                  <input
                    type="radio"
                    name="import-duplicates"
                    checked={state.globalChoice === 'merge'}
                    onChange={() => state.chooseForAll('merge')}
                  />
                  {t('import.mergeAll')}
                </label>
              </fieldset>
            </div>
          )}
          <h3>{t('import.previewTitle')}</h3>
          <p className="field-hint">
            {t('import.mappingHint')}{' '}
            {table.rows.length > PREVIEW_LIMIT &&
              t('import.previewLimited', { shown: PREVIEW_LIMIT, total: table.rows.length })}
          </p>
          <ImportPreviewTable
            table={table}
            mapping={mapping}
            plan={plan}
            onMapColumn={state.mapColumn}
            choiceFor={state.choiceFor}
            onChooseForRow={state.chooseForRow}
          />
        </>
      )}
    </Dialog>
  );
}

function problemText(t: ReturnType<typeof useTranslation<'backup'>>['t'], line: number, problem: RowProblem): string {
  switch (problem.code) {
    case 'missing':
      return t('import.missingName', { line });
    case 'invalidEmail':
      return t('import.invalidEmail', { line, value: problem.value });
    case 'invalidVip':
      return t('import.invalidVip', { line, value: problem.value });
    case 'garbled':
      return t(`import.garbled.${problem.field}`, { line, value: problem.value });
  }
}
