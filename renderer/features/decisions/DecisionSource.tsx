import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/domain/types';
import { href } from '../../shell/useRoute';
import { useLogConversation } from '../../shell/LogConversationContext';

/** The way back from a decision to where it was taken: its conversation or its dispute. */
export function DecisionSource({ decision, disputeTitle }: { decision: Decision; disputeTitle?: string }) {
  const { t } = useTranslation('decisions');
  const logConversation = useLogConversation();
  if (decision.disputeId)
    return (
      <a className="quiet-link" href={href(`/disputes/${decision.disputeId}`)} title={disputeTitle}>
        {disputeTitle ? t('source.disputeNamed', { title: disputeTitle }) : t('source.dispute')}
      </a>
    );
  const conversationId = decision.conversationId;
  if (conversationId)
    return (
      <button type="button" className="text-button quiet-link" onClick={() => logConversation.open({ conversationId })}>
        {t('source.conversation')}
      </button>
    );
  return <span className="muted">{t('none', { ns: 'common' })}</span>;
}
