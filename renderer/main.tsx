import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import './styles/global.css';
import { App } from './app/App';
import { loadInitialSettings } from './shell/SettingsProvider';
import { conversationStore } from './db/conversationStore';

// The whole-journal index is the slowest read at start-up: begin it before anything renders.
void conversationStore.ensureLoaded();

// Settings decide language and theme, so they are read before the first paint.
void loadInitialSettings().then((initial) => {
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <App initial={initial} />
    </StrictMode>,
  );
});
