import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../shared/domain/types';
import { localDateOf } from '../../../shared/dates/instant';
import { disputeDefaultsFrom } from '../../../shared/rules/disputes';
import { disputesOfConversation } from '../../db/disputes';
import { useLiveQuery } from '../../db/live';
import { navigate } from '../../shell/useRoute';
import { NewDisputeDialog } from './NewDisputeDialog';

/** "Open dispute" for a complaint conversation; "View dispute" once a dispute links it. */
export function OpenDisputeButton({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation('disputes');
  const [isOpen, setOpen] = useState(false);
  const linked = useLiveQuery(() => disputesOfConversation(conversation.id), [conversation.id]);
  if (conversation.outcome !== 'complaint' || linked === undefined) return null;
  const existing = linked[0];
  if (existing)
    return (
      <button type="button" className="button" onClick={() => navigate(`/disputes/${existing.id}`)}>
        {t('viewDispute')}
      </button>
    );
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('openDispute')}
      </button>
      {isOpen && (
        <NewDisputeDialog
          defaults={disputeDefaultsFrom({ ...conversation, openedOn: localDateOf(conversation.at) })}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
