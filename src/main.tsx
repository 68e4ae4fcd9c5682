// First: starts the silent sign-in before the rest of the bundle is evaluated (see session-first.ts).
import { sessionRequestSent } from './session-first';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createEmotionCache } from './app/emotion-cache';
import { readCspNonce } from './lib/csp/csp-nonce';
import { createQueryClient } from './app/query-client';
import { appRoutes } from './app/routes';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

// Creating the router starts the first route's loader: on /oauth/callback that strips the code before any render. It
// also starts loading the route's code (and its first data, once the session is there).
const router = createBrowserRouter(appRoutes);
// Rendering first would hold the main thread and send the silent sign-in only after the first render. (No top-level
// await here: it makes the bundler split the entry into many small chunks, ~6 kB gzip more.)
void sessionRequestSent.then(() => {
  createRoot(rootElement).render(
    <StrictMode>
      <App router={router} queryClient={createQueryClient()} emotionCache={createEmotionCache(readCspNonce())} />
    </StrictMode>,
  );
});
