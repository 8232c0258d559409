import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, format, parseISO } from 'date-fns';
import { conversationsToCsv, journalCsvConversations } from '../../../shared/summary/csv';
import { journalCsvFileName } from '../../../shared/summary/fileName';
import { todayLocal } from '../../../shared/dates/instant';
import { dateLocale } from '../../../shared/dates/locales';
import { readClientsById, readConversationsForExport } from '../../db/exportQueries';
import { saveFile } from '../../platform/files';
import { useSettings } from '../../shell/SettingsProvider';
import { useToast } from '../../ui/Toasts';
import { yieldToUi } from '../../db/yieldToUi';

/** Local midnight of a `yyyy-MM-dd` date, as a stored instant. */
function startOfLocalDay(date: string, plusDays = 0): string {
  return addDays(parseISO(date), plusDays).toISOString();
}

/** Rows per CSV part: the UI repaints its progress between parts. */
const CSV_PART = 5000;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/**
 * Journal page: "Export CSV" of the conversations in the journal's date range (`from`/`to` are
 * inclusive local dates; an empty end is open). Same columns and safety as the summary CSV.
 * Private conversations stay out (a CSV is easily forwarded; the backup is the complete copy),
 * and notes are never a column.
 */
export function ExportJournalCsvButton({ from, to }: { from?: string; to?: string }) {
  const { t } = useTranslation('summary');
  const { settings, language: appLanguage } = useSettings();
  const toast = useToast();
  const [progress, setProgress] = useState<number | null>(null);
  const language = settings.summaryLanguage ?? appLanguage;
  const locale = dateLocale(language);
  const label = (d: string) => format(parseISO(d), 'd MMM yyyy', { locale });

  const run = async () => {
    setProgress(0);
    try {
      // Reading is the first half of the progress, writing the CSV the second.
      const all = await readConversationsForExport(
        from ? startOfLocalDay(from) : null,
        to ? startOfLocalDay(to, 1) : null,
        (done, total) => setProgress(total === 0 ? 50 : Math.round((done / total) * 50)),
      );
      const { shown, leftOut } = journalCsvConversations(all);
      if (shown.length === 0) {
        toast({ message: t('journalCsv.nothing'), tone: 'info' });
        return;
      }
      const clients = await readClientsById(shown.map((c) => c.clientId));
      const rows = shown.map((conversation) => ({ conversation, client: clients.get(conversation.clientId) }));
      const parts: string[] = [];
      for (let i = 0; i < rows.length; i += CSV_PART) {
        parts.push(conversationsToCsv(rows.slice(i, i + CSV_PART), language, { first: i === 0 }));
        setProgress(50 + Math.round((Math.min(rows.length, i + CSV_PART) / rows.length) * 50));
        await yieldToUi();
      }
      const content = parts.join('\r\n');
      const saved = await saveFile({
        suggestedName: journalCsvFileName(from ?? null, to ?? null, todayLocal()),
        content,
        encoding: 'utf8',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (saved === null) return;
      const message =
        saved.kind === 'saved'
          ? t('journalCsv.saved', { count: shown.length, path: saved.path })
          : t('journalCsv.downloaded', { count: shown.length, name: saved.name });
      toast({
        message: leftOut > 0 ? `${message} ${t('journalCsv.privateLeftOut', { count: leftOut })}` : message,
        tone: 'success',
      });
    } catch (error) {
      if (errorCode(error) === 'cancelled') return;
      const message =
        errorCode(error) === 'not-writable'
          ? t('page.notWritable')
          : t('journalCsv.failed', { message: error instanceof Error ? error.message : String(error) });
      toast({ message, tone: 'error' });
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <button
      type="button"
      className="button"
      onClick={() => void run()}
      disabled={busy}
      aria-busy={busy}
      // The name stays "Export CSV"; the range goes in the description.
      title={
        from || to
          ? t('journalCsv.ariaRange', { from: from ? label(from) : '…', to: to ? label(to) : '…' })
          : t('journalCsv.ariaAll')
      }
      data-testid="export-journal-csv"
    >
      {busy ? t('journalCsv.progress', { percent: progress }) : t('journalCsv.export')}
    </button>
  );
}
