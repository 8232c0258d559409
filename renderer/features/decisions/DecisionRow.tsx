import { useTranslation } from 'react-i18next';
import type { Client, Decision } from '../../../shared/domain/types';
import { isDecisionOverdue } from '../../../shared/rules/decisions';
import { href } from '../../shell/useRoute';
import { DecisionDue } from './DecisionDue';
import { DecisionSource } from './DecisionSource';
import { DecisionStatusSelect } from './DecisionStatusSelect';
import { DecisionStatusDate } from './DecisionStatusDate';

/** One line of the decision register. */
export function DecisionRow({
  decision,
  client,
  disputeTitle,
  today,
}: {
  decision: Decision;
  client: Client | undefined;
  disputeTitle: string | undefined;
  today: string;
}) {
  const { t } = useTranslation('decisions');
  const overdue = isDecisionOverdue(decision, today);
  return (
    <div className={`decision-row${overdue ? ' decision-row-overdue' : ''}`} data-testid="decision-row">
      <div className="decision-row-text">
        <span className="decision-text" title={decision.decision}>
          {decision.decision}
        </span>
        {decision.promised && (
          <span className="decision-promised" title={decision.promised}>
            {t('promisedPrefix', { promised: decision.promised })}
          </span>
        )}
      </div>
      <div className="decision-row-client">
        {client ? (
          <a className="quiet-link" href={href(`/clients/${client.id}`)}>
            {client.name}
          </a>
        ) : (
          <span className="muted">{t('unknownClient')}</span>
        )}
        {client?.vip && <span className="badge badge-vip">{t('flags.vip', { ns: 'common' })}</span>}
        {decision.owner && (
          <span className="decision-row-owner muted" title={t('ownerPrefix', { owner: decision.owner })}>
            <span aria-hidden="true">→ </span>
            <span className="visually-hidden">{t('fields.owner')}: </span>
            {decision.owner}
          </span>
        )}
      </div>
      <div>
        <DecisionDue decision={decision} today={today} />
      </div>
      <div className="decision-row-status">
        <DecisionStatusSelect decision={decision} />
        <DecisionStatusDate decision={decision} />
      </div>
      <div className="decision-row-source">
        <DecisionSource decision={decision} disputeTitle={disputeTitle} />
      </div>
    </div>
  );
}
