import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { Client } from '../../../shared/domain/types';
import { dateLocale } from '../../../shared/dates/locales';
import { listConversations } from '../../db/conversations';
import { useLiveQuery } from '../../db/live';
import { useSettings } from '../../shell/SettingsProvider';
import { href } from '../../shell/useRoute';
import { OutcomeBadge } from '../../common/OutcomeBadge';
import { ConversationDetail } from '../journal/ConversationDetail';

/** This client's conversations, newest first; each opens read-only with Edit and Delete. */
export function ClientTimeline({ client }: { client: Client }) {
  const { t } = useTranslation('clients');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const locale = dateLocale(language);
  const conversations = useLiveQuery(() => listConversations({ clientId: client.id }), [client.id]);
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <section className="card" aria-labelledby="client-timeline-title">
      <div className="card-header">
        <h2 id="client-timeline-title">{t('page.timeline')}</h2>
        {conversations && conversations.length > 0 && (
          <a href={href(`/journal?client=${encodeURIComponent(client.id)}`)}>{t('page.showInJournal')}</a>
        )}
      </div>
      {!conversations ? (
        <div className="list-skeleton" aria-busy="true" aria-label={tc('loading')}>
          <div className="list-skeleton-row" />
          <div className="list-skeleton-row" />
        </div>
      ) : conversations.length === 0 ? (
        <p className="muted">{t('page.timelineEmpty', { name: client.name })}</p>
      ) : (
        <ol className="timeline">
          {conversations.map((c) => (
            <li key={c.id}>
              <button type="button" className="timeline-item" onClick={() => setOpenId(c.id)}>
                <span className="timeline-when">{format(new Date(c.at), 'PP, p', { locale })}</span>
                <span className="timeline-body">
                  <span className={c.summary ? 'timeline-summary' : 'timeline-summary muted'}>
                    {c.summary || tc('none')}
                  </span>
                  <span className="timeline-meta muted">
                    {tc(`channel.${c.channel}`)} · {tc(`direction.${c.direction}`)}
                  </span>
                </span>
                <span className="timeline-badges">
                  {c.private && <span className="badge">{tc('flags.private')}</span>}
                  <OutcomeBadge outcome={c.outcome} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {openId && <ConversationDetail conversationId={openId} onClose={() => setOpenId(null)} />}
    </section>
  );
}
