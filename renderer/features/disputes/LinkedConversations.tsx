import { useId, useMemo, useState } from 'react';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../../shared/domain/types';
import { parseInstant } from '../../../shared/dates/instant';
import { dateLocale } from '../../../shared/dates/locales';
import { listConversations } from '../../db/conversations';
import { attachConversation, detachConversation, linkedConversations } from '../../db/disputes';
import { useLiveQuery } from '../../db/live';
import { useLogConversation } from '../../shell/LogConversationContext';
import { useSettings } from '../../shell/SettingsProvider';
import { useToast } from '../../ui/Toasts';

/** How many of the client's recent conversations are offered for attaching. */
const CANDIDATES = 60;

/** The conversations about this dispute, with a way to attach later ones of the same client. */
export function LinkedConversations({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation('disputes');
  const { language } = useSettings();
  const toast = useToast();
  const logConversation = useLogConversation();
  const id = useId();
  const [pick, setPick] = useState('');
  const linked = useLiveQuery(() => linkedConversations(dispute.conversationIds), [dispute.conversationIds]);
  const recent = useLiveQuery(() => listConversations({ clientId: dispute.clientId }), [dispute.clientId]);
  const candidates = useMemo(
    () => (recent ?? []).filter((c) => !dispute.conversationIds.includes(c.id)).slice(0, CANDIDATES),
    [recent, dispute.conversationIds],
  );
  const when = (at: string) => format(parseInstant(at), 'PP', { locale: dateLocale(language) });
  const fail = (error: unknown) =>
    toast({
      message: t('errors.saveFailed', {
        ns: 'common',
        message: (error as Error).message,
      }),
      tone: 'error',
    });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('linked.title')}</h2>
      {linked === undefined ? (
        <p className="muted">{t('loading', { ns: 'common' })}</p>
      ) : linked.length === 0 ? (
        <p className="muted">{t('linked.empty')}</p>
      ) : (
        <ul className="linked-list">
          {linked.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="text-button"
                onClick={() => logConversation.open({ conversationId: c.id })}
              >
                <span className={`badge badge-${c.outcome}`}>{t(`outcome.${c.outcome}`, { ns: 'common' })}</span>
                <span className="linked-date">{when(c.at)}</span>
                <span className="linked-summary">{c.summary || t('linked.noSummary')}</span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('linked.detach', { date: when(c.at) })}
                title={t('linked.detachShort')}
                onClick={() =>
                  void detachConversation(dispute.id, c.id).then(
                    () =>
                      toast({
                        message: t('toast.detached'),
                        action: {
                          label: t('actions.undo', { ns: 'common' }),
                          run: () => attachConversation(dispute.id, c.id),
                        },
                      }),
                    fail,
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <div className="attach-row">
          <label htmlFor={`${id}-attach`} className="visually-hidden">
            {t('linked.attachLabel')}
          </label>
          <select id={`${id}-attach`} value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">{t('linked.choose')}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {when(c.at)} · {t(`outcome.${c.outcome}`, { ns: 'common' })} · {c.summary.slice(0, 60)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            disabled={!pick}
            onClick={() => void attachConversation(dispute.id, pick).then(() => setPick(''), fail)}
          >
            {t('linked.attach')}
          </button>
        </div>
      )}
    </section>
  );
}
