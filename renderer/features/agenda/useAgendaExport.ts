import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingAgendaDocument } from '../../../shared/agenda/types';
import { agendaFileName } from '../../../shared/agenda/document';
import { agendaToMarkdown } from '../../../shared/agenda/markdown';
import { agendaToHtml } from '../../../shared/agenda/html';
import { capabilities } from '../../platform/bridge';
import { saveFile, savePdf } from '../../platform/files';
import { useToast } from '../../ui/Toasts';

export type AgendaFormat = 'markdown' | 'pdf';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** Exports the agenda as Markdown or PDF through the bridge and says what happened in a toast. */
export function useAgendaExport(): {
  busy: AgendaFormat | null;
  exportAs: (format: AgendaFormat, doc: MeetingAgendaDocument) => Promise<void>;
} {
  const { t } = useTranslation('agenda');
  const toast = useToast();
  const [busy, setBusy] = useState<AgendaFormat | null>(null);
  const exportAs = useCallback(
    async (format: AgendaFormat, doc: MeetingAgendaDocument) => {
      const suggestedName = agendaFileName(doc.firstDay, doc.lastDay, format === 'pdf' ? 'pdf' : 'md');
      setBusy(format);
      try {
        const saved =
          format === 'pdf'
            ? await savePdf({
                suggestedName,
                html: agendaToHtml(doc, { pageFooter: !capabilities.printsPdf }),
                footer: doc.footer,
              })
            : await saveFile({
                suggestedName,
                content: agendaToMarkdown(doc),
                encoding: 'utf8',
                filters: [{ name: 'Markdown', extensions: ['md'] }],
              });
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
