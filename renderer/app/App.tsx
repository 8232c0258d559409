import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { SettingsProvider, useSettings, type InitialState } from '../shell/SettingsProvider';
import { getUiI18n } from './i18n';
import { Layout } from './Layout';
import { LogConversationContext, type LogConversationRequest } from '../shell/LogConversationContext';
import { ToastProvider } from '../ui/Toasts';
import { Dialog } from '../ui/Dialog';
import { bridge } from '../platform/bridge';
import { AppServices } from './AppServices';

// "Log conversation" (its fields, draft, decisions editor) is fetched right after start-up, not
// parsed before the first screen: by the time Ctrl+N is pressed it is normally loaded already.
const loadLogConversationDialog = () => import('../features/conversation/LogConversationDialog');
const LogConversationDialog = lazy(() =>
  loadLogConversationDialog().then((m) => ({ default: m.LogConversationDialog })),
);

export function App({ initial }: { initial: InitialState }) {
  return (
    <SettingsProvider initial={initial}>
      <LocalisedApp />
    </SettingsProvider>
  );
}

function LocalisedApp() {
  const { language } = useSettings();
  const i18n = getUiI18n(language);
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <ToastProvider>
        <Shell />
      </ToastProvider>
    </I18nextProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { t: tConversation } = useTranslation('conversation');
  const [request, setRequest] = useState<LogConversationRequest | null>(null);
  const open = useCallback((r: LogConversationRequest = {}) => setRequest(r), []);
  const api = useMemo(() => ({ open }), [open]);

  useEffect(() => {
    void loadLogConversationDialog();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    const off = bridge.on('ui:logConversation', () => open());
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [open]);

  return (
    <LogConversationContext.Provider value={api}>
      <Layout />
      {request && (
        <Suspense
          fallback={
            <Dialog
              title={request.conversationId ? tConversation('editTitle') : t('actions.logConversation')}
              open
              onRequestClose={() => setRequest(null)}
              wide
            >
              <div className="dialog-skeleton" aria-busy="true" />
            </Dialog>
          }
        >
          <LogConversationDialog request={request} onClose={() => setRequest(null)} />
        </Suspense>
      )}
      <AppServices />
    </LogConversationContext.Provider>
  );
}
