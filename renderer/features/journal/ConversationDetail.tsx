import { getConversation } from '../../db/conversations';
import { useLiveQuery } from '../../db/live';
import { useLogConversation } from '../../shell/LogConversationContext';
import { useClient } from '../../common/useClients';
import { useProblemClientIds } from '../../common/useProblemClientIds';
import { ConversationDetailDialog } from './ConversationDetailDialog';
import { useDeleteConversation } from './useDeleteConversation';

/** Loads a conversation and shows it read-only; Edit hands over to the log dialog. */
export function ConversationDetail({ conversationId, onClose }: { conversationId: string; onClose: () => void }) {
  const conversation = useLiveQuery(async () => (await getConversation(conversationId)) ?? null, [conversationId]);
  const client = useClient(conversation?.clientId);
  const problemIds = useProblemClientIds();
  const logConversation = useLogConversation();
  const deleteWithUndo = useDeleteConversation();
  if (!conversation) return null;
  return (
    <ConversationDetailDialog
      conversation={conversation}
      client={client ?? undefined}
      problemIds={problemIds}
      onClose={onClose}
      onEdit={() => {
        onClose();
        logConversation.open({ conversationId });
      }}
      onDelete={() => {
        onClose();
        void deleteWithUndo(conversationId);
      }}
    />
  );
}
