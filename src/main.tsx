import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createEmotionCache } from './app/emotion-cache';
import { readCspNonce } from './lib/csp/csp-nonce';
import { createQueryClient } from './app/query-client';
import { appRoutes } from './app/routes';
import { startSession } from './lib/auth/start-session';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

startSession();
// Creating the router starts the first route's loader: on /oauth/callback that strips the code before any render.
const router = createBrowserRouter(appRoutes);

createRoot(rootElement).render(
  <StrictMode>
    <App router={router} queryClient={createQueryClient()} emotionCache={createEmotionCache(readCspNonce())} />
  </StrictMode>,
);
