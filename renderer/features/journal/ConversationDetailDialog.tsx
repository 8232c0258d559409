import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { CRITERIA, type Client, type Conversation } from '../../../shared/domain/types';
import { dateLocale } from '../../../shared/dates/locales';
import { Dialog } from '../../ui/Dialog';
import { useSettings } from '../../shell/SettingsProvider';
import { href } from '../../shell/useRoute';
import { OpenDisputeButton } from '../disputes/OpenDisputeButton';
import { ClientMarks } from '../../common/ClientMarks';
import { OutcomeBadge } from '../../common/OutcomeBadge';

interface ConversationDetailDialogProps {
  conversation: Conversation;
  client: Client | undefined;
  problemIds: ReadonlySet<string>;
  onClose: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** A saved conversation, read-only, with Edit, Delete and (for complaints) Open dispute. */
export function ConversationDetailDialog(props: ConversationDetailDialogProps) {
  const { conversation: c, client, problemIds, onClose, onEdit, onDelete } = props;
  const { t } = useTranslation('journal');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const clientName = client?.name ?? t('unknownClient');
  const praised = CRITERIA.filter((k) => c.feedback?.criteria?.[k] === 'praised');
  const criticised = CRITERIA.filter((k) => c.feedback?.criteria?.[k] === 'criticised');
  const fb = c.feedback;
  const hasFeedback = Boolean(
    fb && (fb.whyStay || fb.likes || fb.dislikes || fb.incognito || praised.length || criticised.length),
  );

  const footer = (
    <>
      <button type="button" className="button button-danger" onClick={onDelete}>
        {tc('actions.delete')}
      </button>
      <span className="dialog-footer-spacer" />
      {c.outcome === 'complaint' && <OpenDisputeButton conversation={c} />}
      <button type="button" className="button button-primary" onClick={onEdit}>
        {tc('actions.edit')}
      </button>
    </>
  );

  return (
    <Dialog title={t('detail.title', { client: clientName })} open onRequestClose={onClose} footer={footer}>
      <div className="conversation-detail">
        <div className="conversation-detail-head">
          {client && (
            <a href={href(`/clients/${client.id}`)} onClick={onClose}>
              {t('detail.openClient')}
            </a>
          )}
          {client && <ClientMarks client={client} problemIds={problemIds} />}
          <OutcomeBadge outcome={c.outcome} />
          {c.private && <span className="badge">{tc('flags.private')}</span>}
        </div>
        <dl className="detail-list">
          <dt>{t('detail.when')}</dt>
          <dd>{format(new Date(c.at), 'PPPp', { locale: dateLocale(language) })}</dd>
          <dt>{t('detail.channel')}</dt>
          <dd>{tc(`channel.${c.channel}`)}</dd>
          <dt>{t('detail.direction')}</dt>
          <dd>{tc(`direction.${c.direction}`)}</dd>
          <dt>{t('detail.summary')}</dt>
          <dd>{c.summary || <span className="muted">{t('detail.noSummary')}</span>}</dd>
          {c.notes && (
            <>
              <dt>{t('detail.notes')}</dt>
              <dd className="pre-wrap">{c.notes}</dd>
            </>
          )}
        </dl>
        {hasFeedback && fb && (
          <section>
            <h3>{t('detail.feedback')}</h3>
            <dl className="detail-list">
              {fb.whyStay && (
                <>
                  <dt>{t('detail.whyStay')}</dt>
                  <dd className="pre-wrap">{fb.whyStay}</dd>
                </>
              )}
              {fb.likes && (
                <>
                  <dt>{t('detail.likes')}</dt>
                  <dd className="pre-wrap">{fb.likes}</dd>
                </>
              )}
              {fb.dislikes && (
                <>
                  <dt>{t('detail.dislikes')}</dt>
                  <dd className="pre-wrap">{fb.dislikes}</dd>
                </>
              )}
              {praised.length > 0 && (
                <>
                  <dt>{t('detail.praised')}</dt>
                  <dd>{praised.map((k) => tc(`criterion.${k}`)).join(', ')}</dd>
                </>
              )}
              {criticised.length > 0 && (
                <>
                  <dt>{t('detail.criticised')}</dt>
                  <dd>{criticised.map((k) => tc(`criterion.${k}`)).join(', ')}</dd>
                </>
              )}
            </dl>
            {fb.incognito && <p className="muted">{t('detail.incognito')}</p>}
          </section>
        )}
      </div>
    </Dialog>
  );
}
