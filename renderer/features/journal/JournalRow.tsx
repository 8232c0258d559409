import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { Locale } from 'date-fns';
import type { Client, Conversation } from '../../../shared/domain/types';
import type { ConversationRow } from '../../db/conversationIndex';
import { ClientMarks } from '../../common/ClientMarks';
import { OutcomeBadge } from '../../common/OutcomeBadge';

interface JournalRowProps {
  row: ConversationRow;
  /** undefined while the full record is being fetched. */
  record: Conversation | undefined;
  client: Client | undefined;
  problemIds: ReadonlySet<string>;
  locale: Locale;
  onOpen: (conversationId: string) => void;
  onDelete: (conversationId: string) => void;
}

/** One conversation in the journal: a button that opens it. */
export function JournalRow({ row, record, client, problemIds, locale, onOpen, onDelete }: JournalRowProps) {
  const { t } = useTranslation('journal');
  const { t: tc } = useTranslation();
  const time = format(row.atMs, 'p', { locale });
  const summary = record ? record.summary || t('detail.noSummary') : '';
  return (
    <button
      type="button"
      className={`journal-row journal-row-${row.outcome}`}
      onClick={() => onOpen(row.id)}
      onKeyDown={(event) => {
        // Delete on a focused row: tombstoned, with Undo in the toast.
        if (event.key === 'Delete' && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          onDelete(row.id);
        }
      }}
      aria-keyshortcuts="Delete"
      data-testid="journal-row"
    >
      <span className="journal-time">{time}</span>
      <span className="journal-main">
        <span className="journal-client">
          <span className="journal-client-name">{client?.name ?? t('unknownClient')}</span>
          {client?.organization && <span className="muted journal-org">{client.organization}</span>}
          {client && <ClientMarks client={client} problemIds={problemIds} />}
        </span>
        <span className={record?.summary ? 'journal-summary' : 'journal-summary muted'}>
          {record ? summary : <span className="text-skeleton" aria-hidden="true" />}
        </span>
      </span>
      <span className="journal-meta muted">
        <span>{tc(`channel.${row.channel}`)}</span>
        {record && <span>{tc(`direction.${record.direction}`)}</span>}
      </span>
      <span className="journal-badges">
        {row.private && <span className="badge">{tc('flags.private')}</span>}
        <OutcomeBadge outcome={row.outcome} />
      </span>
    </button>
  );
}
