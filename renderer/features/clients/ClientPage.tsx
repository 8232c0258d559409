import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { dateLocale } from '../../../shared/dates/locales';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { useSettings } from '../../shell/SettingsProvider';
import { href } from '../../shell/useRoute';
import { useLogConversation } from '../../shell/LogConversationContext';
import { ClientDisputesPanel } from '../disputes/ClientDisputesPanel';
import { ClientDecisionsPanel } from '../decisions/ClientDecisionsPanel';
import { useLoadedProblemClientIds } from '../../common/useProblemClientIds';
import { OutcomeBadge } from '../../common/OutcomeBadge';
import { ClientMarks } from '../../common/ClientMarks';
import { ClientDialog } from './ClientDialog';
import { ClientTimeline } from './ClientTimeline';
import { useClient } from '../../common/useClients';
import { useArchiveClient } from './useArchiveClient';
import { ClientCadence } from '../remember/ClientCadence';
import { ClientHealthDetails } from '../remember/ClientHealthDetails';
import './clients.css';

/** One client: details, marks, the conversation timeline, disputes and decisions. */
export function ClientPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const locale = dateLocale(language);
  const client = useClient(clientId);
  const problemIds = useLoadedProblemClientIds();
  const logConversation = useLogConversation();
  const archive = useArchiveClient();
  const [isEditing, setEditing] = useState(false);

  const back = (
    <a className="client-back" href={href('/clients')}>
      ← {t('page.backToClients')}
    </a>
  );

  if (client === undefined || problemIds === undefined)
    return (
      <div className="list-skeleton" aria-busy="true" aria-label={tc('loading')}>
        <div className="list-skeleton-row" />
        <div className="list-skeleton-row" />
      </div>
    );
  if (client === null)
    return (
      <>
        {back}
        <EmptyState title={t('page.notFound')} />
      </>
    );

  const details: [string, ReactNode][] = [
    [t('fields.organization'), client.organization],
    [t('fields.role'), client.role],
    [t('fields.phone'), client.phone && <a href={`tel:${client.phone}`}>{client.phone}</a>],
    [t('fields.email'), client.email && <a href={`mailto:${client.email}`}>{client.email}</a>],
    [
      t('fields.tags'),
      client.tags.length > 0 && (
        <span className="client-tags">
          {client.tags.map((tag) => (
            <span key={tag} className="badge">
              {tag}
            </span>
          ))}
        </span>
      ),
    ],
    [
      t('page.lastContact'),
      client.lastContactAt && (
        <span className="client-title">
          {format(new Date(client.lastContactAt), 'PP', { locale })}
          {client.lastOutcome && <OutcomeBadge outcome={client.lastOutcome} />}
        </span>
      ),
    ],
  ];

  return (
    <div className="client-page">
      {back}
      <PageHeader
        title={client.name}
        actions={
          <>
            <ClientMarks client={client} problemIds={problemIds} />
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {tc('actions.edit')}
            </button>
            <button type="button" className="button" onClick={() => void archive(client, !client.archivedAt)}>
              {client.archivedAt ? tc('actions.restore') : tc('actions.archive')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => logConversation.open({ clientId: client.id })}
            >
              {tc('actions.logConversation')}
            </button>
          </>
        }
      />
      {client.archivedAt && <div className="notice">{t('page.archivedNote')}</div>}
      <div className="client-page-layout">
        <div className="client-side">
          <section className="card" aria-labelledby="client-details-title">
            <div className="card-header">
              <h2 id="client-details-title">{t('page.details')}</h2>
              <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                {tc('actions.edit')}
              </button>
            </div>
            <dl className="detail-list">
              {details.map(([label, value]) => (
                <div key={label} className="detail-pair">
                  <dt>{label}</dt>
                  <dd>{value || <span className="muted">{tc('none')}</span>}</dd>
                </div>
              ))}
              <ClientCadence client={client} />
              <ClientHealthDetails clientId={client.id} />
            </dl>
            {client.notes && <p className="pre-wrap client-notes">{client.notes}</p>}
          </section>
          <ClientDisputesPanel clientId={client.id} />
          <ClientDecisionsPanel clientId={client.id} />
        </div>
        <ClientTimeline client={client} />
      </div>
      {isEditing && <ClientDialog client={client} onClose={() => setEditing(false)} />}
    </div>
  );
}
