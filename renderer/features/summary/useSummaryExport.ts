import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeeklySummary } from '../../../shared/summary/model';
import { toMarkdown } from '../../../shared/summary/markdown';
import { toHtml } from '../../../shared/summary/html';
import { toCsv } from '../../../shared/summary/csv';
import { summaryFileName, type SummaryExtension } from '../../../shared/summary/fileName';
import type { FileFilter } from '../../../shared/ipc/contract';
import { capabilities } from '../../platform/bridge';
import { saveFile, savePdf } from '../../platform/files';
import { useToast } from '../../ui/Toasts';

export type SummaryFormat = 'markdown' | 'html' | 'pdf' | 'csv';

const EXTENSION: Record<SummaryFormat, SummaryExtension> = { markdown: 'md', html: 'html', pdf: 'pdf', csv: 'csv' };
const FILTER: Record<SummaryFormat, FileFilter> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

function textFor(format: Exclude<SummaryFormat, 'pdf'>, model: WeeklySummary): string {
  return format === 'markdown' ? toMarkdown(model) : format === 'html' ? toHtml(model) : toCsv(model);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** Exports a summary model in one format through the bridge and reports the outcome in a toast. */
export function useSummaryExport(): {
  busy: SummaryFormat | null;
  exportAs: (format: SummaryFormat, model: WeeklySummary) => Promise<void>;
} {
  const { t } = useTranslation('summary');
  const toast = useToast();
  const [busy, setBusy] = useState<SummaryFormat | null>(null);

  const exportAs = useCallback(
    async (format: SummaryFormat, model: WeeklySummary) => {
      const suggestedName = summaryFileName(model.week, EXTENSION[format]);
      setBusy(format);
      try {
        const saved =
          format === 'pdf'
            ? // Where the app prints, it draws its own footer; the print dialog uses the CSS one.
              await savePdf({
                suggestedName,
                html: toHtml(model, { pageFooter: !capabilities.printsPdf }),
                footer: model.footer,
              })
            : await saveFile({
                suggestedName,
                content: textFor(format, model),
                encoding: 'utf8',
                filters: [FILTER[format]],
              });
        // null: the save dialog was cancelled; nothing to say.
        if (saved === null) return;
        if (saved.kind === 'printDialog') {
          toast({ message: t('page.printOpened'), tone: 'info' });
          return;
        }
        toast({
          message:
            saved.kind === 'saved' ? t('page.saved', { path: saved.path }) : t('page.downloaded', { name: saved.name }),
          tone: 'success',
        });
      } catch (error) {
        if (errorCode(error) === 'cancelled') return;
        const message = error instanceof Error ? error.message : String(error);
        toast({
          message: errorCode(error) === 'not-writable' ? t('page.notWritable') : t('page.exportFailed', { message }),
          tone: 'error',
        });
      } finally {
        setBusy(null);
      }
    },
    [t, toast],
  );
  return { busy, exportAs };
}
