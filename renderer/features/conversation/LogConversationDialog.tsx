import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import type { LogConversationRequest } from '../../app/LogConversationContext';

export function LogConversationDialog({ request, onClose }: { request: LogConversationRequest; onClose: () => void }) {
  const { t } = useTranslation();
  void request;
  return (
    <Dialog title={t('actions.logConversation')} open onRequestClose={onClose}>
      <p />
    </Dialog>
  );
}
