import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute, href } from '../shell/useRoute';
import { useLogConversation } from '../shell/LogConversationContext';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { JournalPage } from '../features/journal/JournalPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { ClientPage } from '../features/clients/ClientPage';
import { DisputesPage } from '../features/disputes/DisputesPage';
import { DisputePage } from '../features/disputes/DisputePage';
import { DecisionsPage } from '../features/decisions/DecisionsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SearchBox } from '../features/search/SearchBox';
import { ComplaintFollowUp } from '../features/conversation/ComplaintFollowUp';
import { ToastStack } from '../ui/Toasts';

// Pages opened once a week (the summary, the meeting agenda), not at start-up: loaded when first
// asked for, which keeps the start-up bundle within its budget.
const SummaryPage = lazy(() => import('../features/summary/SummaryPage').then((m) => ({ default: m.SummaryPage })));
const AgendaPage = lazy(() => import('../features/agenda/AgendaPage').then((m) => ({ default: m.AgendaPage })));

const NAV = ['dashboard', 'journal', 'clients', 'disputes', 'decisions', 'summary', 'settings'] as const;

function Page() {
  const route = useRoute();
  switch (route.page) {
    case 'journal':
      return <JournalPage />;
    case 'clients':
      return route.id ? <ClientPage clientId={route.id} /> : <ClientsPage />;
    case 'disputes':
      return route.id ? <DisputePage disputeId={route.id} /> : <DisputesPage />;
    case 'decisions':
      return <DecisionsPage />;
    case 'summary':
      return (
        <Suspense fallback={<div className="list-skeleton" aria-busy="true" />}>
          <SummaryPage />
        </Suspense>
      );
    case 'agenda':
      return (
        <Suspense fallback={<div className="list-skeleton" aria-busy="true" />}>
          <AgendaPage />
        </Suspense>
      );
    case 'settings':
      return <SettingsPage />;
    default:
      return <DashboardPage />;
  }
}

export function Layout() {
  const { t } = useTranslation();
  const route = useRoute();
  const logConversation = useLogConversation();
  const main = useRef<HTMLElement>(null);
  // A new page starts at its top, not at the previous page's scroll position.
  useLayoutEffect(() => {
    main.current?.scrollTo({ top: 0 });
  }, [route.page, route.id]);
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={href('/dashboard')}>
          {t('appName')}
        </a>
        <SearchBox />
        <button type="button" className="button button-primary" onClick={() => logConversation.open()}>
          {t('actions.logConversation')}
          <kbd aria-hidden="true">Ctrl+N</kbd>
        </button>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {NAV.map((page) => (
            <li key={page}>
              <a href={href(`/${page}`)} aria-current={route.page === page ? 'page' : undefined}>
                {t(`nav.${page}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="main" ref={main}>
        <Page key={route.page + (route.id ?? '')} />
      </main>
      {/* Below the content, never over it: the complaint follow-up and the toasts. */}
      <div className="tray">
        <ComplaintFollowUp />
        <ToastStack />
      </div>
    </div>
  );
}
