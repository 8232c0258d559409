import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SettingsProvider, useSettings, type InitialState } from '../shell/SettingsProvider';
import { getUiI18n } from './i18n';
import { Layout } from './Layout';
import { LogConversationContext, type LogConversationRequest } from '../shell/LogConversationContext';
import { ToastProvider } from '../ui/Toasts';
import { LogConversationDialog } from '../features/conversation/LogConversationDialog';
import { bridge } from '../platform/bridge';
import { AppServices } from './AppServices';

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
  const [request, setRequest] = useState<LogConversationRequest | null>(null);
  const open = useCallback((r: LogConversationRequest = {}) => setRequest(r), []);
  const api = useMemo(() => ({ open }), [open]);

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
      {request && <LogConversationDialog request={request} onClose={() => setRequest(null)} />}
      <AppServices />
    </LogConversationContext.Provider>
  );
}
