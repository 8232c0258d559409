import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteConversation, restoreConversation } from '../../db/conversations';
import { useToast } from '../../ui/Toasts';

/** Deletes (tombstones) a conversation and offers Undo in a toast. */
export function useDeleteConversation(): (conversationId: string) => Promise<void> {
  const { t } = useTranslation('journal');
  const { t: tc } = useTranslation();
  const toast = useToast();
  return useCallback(
    async (conversationId: string) => {
      try {
        await deleteConversation(conversationId);
      } catch (error) {
        toast({ message: tc('errors.saveFailed', { message: String(error) }), tone: 'error' });
        return;
      }
      toast({
        message: t('deleted'),
        action: {
          label: tc('actions.undo'),
          run: async () => {
            await restoreConversation(conversationId);
            toast({ message: t('restored') });
          },
        },
      });
    },
    [t, tc, toast],
  );
}
