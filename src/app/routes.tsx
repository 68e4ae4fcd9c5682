import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../components/not-found-page';
import { routePaths } from '../config/route-paths';
import { oauthCallbackLoader, shouldRevalidateOAuthCallback } from '../features/auth/oauth-callback-loader';
import { areaRoutes } from './area-routes';
import { HomeRedirect } from './home-redirect';
import { HydrateFallback } from './hydrate-fallback';
import { RequireSession } from './require-session';
import { RouteErrorView } from './route-error-view';
import { AppShell } from './shell/app-shell';
import { PublicLayout } from './shell/public-layout';

export const appRoutes: RouteObject[] = [
  {
    HydrateFallback,
    errorElement: <RouteErrorView />,
    children: [
      {
        element: <PublicLayout />,
        errorElement: <RouteErrorView />,
        children: [
          {
            path: routePaths.signIn,
            lazy: async () => ({ Component: (await import('../features/auth/components/sign-in-page')).SignInPage }),
          },
          {
            // The loader is part of the first bundle so the code leaves the address bar before any lazy chunk loads.
            path: routePaths.oauthCallback,
            loader: oauthCallbackLoader,
            shouldRevalidate: shouldRevalidateOAuthCallback,
            lazy: async () => ({ Component: (await import('../features/auth/components/oauth-callback-page')).OAuthCallbackPage }),
          },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShell />,
            children: [
              {
                errorElement: <RouteErrorView />,
                children: [{ index: true, element: <HomeRedirect /> }, ...areaRoutes, { path: '*', element: <NotFoundPage /> }],
              },
            ],
          },
        ],
      },
    ],
  },
];
