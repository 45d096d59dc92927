import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { I18nProvider } from './i18n/i18n.js';
import { flushOutbox, OUTBOX_RETRY_MS, readOutbox } from './offline/outbox.js';
import { SessionProvider } from './session.js';
import './styles.css';

// The service worker makes the app open offline. Only the built app has one (vite.config.ts);
// under the dev server the registration fails quietly.
if ('serviceWorker' in navigator) {
  globalThis.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without it the app still works online; nothing to tell the person.
    });
  });
}

// Writes made offline are sent when the app starts, when the connection comes back or the app is
// shown again, and every few seconds while any wait (a network can return without an 'online' event).
const flush = () => void flushOutbox().catch(() => {});
globalThis.addEventListener('online', flush);
document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && flush());
setInterval(() => readOutbox().length > 0 && flush(), OUTBOX_RETRY_MS);
flush();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
