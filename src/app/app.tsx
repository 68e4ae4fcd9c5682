import { RouterProvider, type DataRouter } from 'react-router';
import type { EmotionCache } from '@emotion/react';
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './app-providers';

interface AppProps {
  router: DataRouter;
  queryClient: QueryClient;
  emotionCache: EmotionCache;
}

export function App({ router, queryClient, emotionCache }: AppProps) {
  return (
    <AppProviders queryClient={queryClient} emotionCache={emotionCache}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
