import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, endOfISOWeek, startOfISOWeek, subWeeks } from 'date-fns';
import { buildMeetingAgendaDocument } from '../../../shared/agenda/document';
import { agendaToHtml } from '../../../shared/agenda/html';
import { localDate } from '../../../shared/dates/instant';
import { parseCalendarDate } from '../../../shared/dates/calendar';
import { PageHeader } from '../../ui/PageHeader';
import { useSettings } from '../../shell/SettingsProvider';
import { useAllClients, useConversationsBetween, useLiveDisputes } from '../../db/useSummaryRecords';
import { useAgendaExport, type AgendaFormat } from './useAgendaExport';
import './agenda.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function lastWeek(now: Date): { from: string; to: string } {
  const monday = startOfISOWeek(subWeeks(now, 1));
  return { from: localDate(monday), to: localDate(endOfISOWeek(monday)) };
}

/**
 * "Meeting agenda": what clients said in a chosen period (last week by default), for the
 * management meeting; previewed as it is exported, to Markdown or PDF. Private entries stay out
 * unless "Include private entries" is ticked.
 */
export function AgendaPage() {
  const { t } = useTranslation('agenda');
  const { settings, language: appLanguage } = useSettings();
  const language = settings.summaryLanguage ?? appLanguage;
  const id = useId();
  const [now] = useState(() => new Date());
  const [range, setRange] = useState(() => lastWeek(now));
  const [includePrivate, setIncludePrivate] = useState(false);
  const isValid = DAY.test(range.from) && DAY.test(range.to) && range.from <= range.to;
  // The last valid period stays on screen while a date is being typed.
  const [shown, setShown] = useState(range);
  useEffect(() => {
    if (isValid) setShown(range);
  }, [isValid, range]);

  const fromIso = parseCalendarDate(shown.from).toISOString();
  const toIso = addDays(parseCalendarDate(shown.to), 1).toISOString();
  const conversations = useConversationsBetween(fromIso, toIso);
  const disputes = useLiveDisputes();
  const clients = useAllClients();
  const doc = useMemo(
    () =>
      conversations && disputes && clients
        ? buildMeetingAgendaDocument(
            { conversations, disputes, clients, firstDay: shown.from, lastDay: shown.to },
            { language, includePrivate },
          )
        : undefined,
    [conversations, disputes, clients, shown, language, includePrivate],
  );
  const { busy, exportAs } = useAgendaExport();
  const formats: { format: AgendaFormat; label: string }[] = [
    { format: 'markdown', label: t('page.exportMarkdown') },
    { format: 'pdf', label: t('page.exportPdf') },
  ];

  return (
    <div className="agenda-page">
      <PageHeader
        title={t('page.title')}
        actions={formats.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className={`button${format === 'pdf' ? ' button-primary' : ''}`}
            disabled={!doc || !isValid || busy !== null}
            onClick={() => doc && void exportAs(format, doc)}
          >
            {busy === format ? t('page.exporting') : label}
          </button>
        ))}
      />
      <p className="muted agenda-intro">{t('page.intro')}</p>
      <div className="toolbar agenda-toolbar">
        <fieldset className="agenda-period">
          <legend>{t('page.period')}</legend>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('page.from')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={range.from}
              aria-invalid={!isValid || undefined}
              onChange={(e) => setRange({ ...range, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('page.to')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={range.to}
              aria-invalid={!isValid || undefined}
              onChange={(e) => setRange({ ...range, to: e.target.value })}
            />
          </div>
        </fieldset>
        <label className="checkbox checkbox-field">
          <input type="checkbox" checked={includePrivate} onChange={(e) => setIncludePrivate(e.target.checked)} />
          <span>{t('page.includePrivate')}</span>
          <span className="field-hint">{t('page.includePrivateHint')}</span>
        </label>
      </div>
      {!isValid && (
        <p className="field-error" role="alert">
          {t('page.rangeError')}
        </p>
      )}
      {includePrivate && (
        <p className="agenda-warning" role="status">
          {t('page.privateIncluded')}
        </p>
      )}
      {doc ? (
        <AgendaPreview html={agendaToHtml(doc, { embedded: true })} title={t('page.preview')} />
      ) : (
        <div className="card skeleton-block" aria-busy="true" aria-label={t('page.loading')} />
      )}
    </div>
  );
}

/** The exported HTML in a sandboxed frame (no scripts), grown to its content height. */
function AgendaPreview({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const fit = useCallback(() => {
    const page = frame.current?.contentDocument?.querySelector('.page');
    if (!frame.current || !page) return;
    frame.current.style.height = `${Math.ceil(page.getBoundingClientRect().bottom) + 16}px`;
  }, []);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(() => fit());
    observer.observe(element);
    return () => observer.disconnect();
  }, [fit]);
  return (
    <iframe
      ref={frame}
      className="agenda-preview"
      title={title}
      sandbox="allow-same-origin"
      srcDoc={html}
      onLoad={fit}
      data-testid="agenda-preview"
    />
  );
}
