import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '../app/app-providers';
import { createEmotionCache } from '../app/emotion-cache';
import { appRoutes } from '../app/routes';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import { trackRouter } from './router-registry';
import { createTestQueryClient } from './test-query-client';

interface RenderAppOptions {
  /** Where the browser starts (path, query and hash); the real address bar, so tests can check what was stripped. */
  url?: string;
  locale?: Locale;
  queryClient?: QueryClient;
  routes?: RouteObject[];
  /** The CSP nonce Emotion puts on its <style> elements. */
  nonce?: string;
  /** Other catalogs, e.g. `createPseudoTranslator` to find text that bypasses them. */
  translatorFor?: (locale: Locale) => Translate;
}

/** The whole app as the browser runs it (browser router, real providers), with a fresh QueryClient that never retries. */
export function renderApp({ url = '/', locale = 'en', queryClient = createTestQueryClient(), routes = appRoutes, nonce, translatorFor }: RenderAppOptions = {}) {
  window.history.replaceState(null, '', url);
  const router = trackRouter(createBrowserRouter(routes));
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} emotionCache={createEmotionCache(nonce)} initialLocale={locale} translatorFor={translatorFor}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, user };
}

/** One component inside the app's providers and a router (for links), at `url`. */
export function renderWithProviders(ui: ReactNode, options: Omit<RenderAppOptions, 'routes'> = {}) {
  return renderApp({ ...options, routes: [{ path: '*', element: ui }] });
}
