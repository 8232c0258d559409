import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/types';
import { setClientArchived } from '../../db/clients';
import { useToast } from '../../ui/Toasts';

/** Archives or restores a client, with Undo in the toast. */
export function useArchiveClient(): (client: Client, archived: boolean) => Promise<void> {
  const { t } = useTranslation('clients');
  const { t: tc } = useTranslation();
  const toast = useToast();
  return useCallback(
    async (client: Client, archived: boolean) => {
      await setClientArchived(client.id, archived);
      toast({
        message: t(archived ? 'archived' : 'restored', { name: client.name }),
        action: { label: tc('actions.undo'), run: () => setClientArchived(client.id, !archived) },
      });
    },
    [t, tc, toast],
  );
}
