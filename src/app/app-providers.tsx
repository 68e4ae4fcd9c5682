import type { ReactNode } from 'react';
import { CacheProvider, type EmotionCache } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfirmProvider } from '../components/confirm-provider';
import { NotificationsProvider } from '../components/notifications-provider';
import { I18nProvider } from '../i18n/i18n-provider';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import { SessionSync } from './session-sync';
import { appTheme, themeStorageKeys } from './theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  emotionCache: EmotionCache;
  initialLocale?: Locale;
  /** Tests only: other catalogs (the pseudo-locale). */
  translatorFor?: (locale: Locale) => Translate;
  children: ReactNode;
}

export function AppProviders({ queryClient, emotionCache, initialLocale, translatorFor, children }: AppProvidersProps) {
  return (
    <I18nProvider initialLocale={initialLocale} translatorFor={translatorFor}>
      <CacheProvider value={emotionCache}>
        {/* No disableTransitionOnChange: MUI implements it with a <style> that carries no nonce, which the CSP blocks. */}
        <ThemeProvider
          theme={appTheme}
          defaultMode="system"
          modeStorageKey={themeStorageKeys.mode}
          colorSchemeStorageKey={themeStorageKeys.colorScheme}
        >
          <CssBaseline enableColorScheme />
          <QueryClientProvider client={queryClient}>
            <SessionSync />
            <NotificationsProvider>
              <ConfirmProvider>{children}</ConfirmProvider>
            </NotificationsProvider>
          </QueryClientProvider>
        </ThemeProvider>
      </CacheProvider>
    </I18nProvider>
  );
}
