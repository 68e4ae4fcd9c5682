import { useState } from 'react';
import { Outlet } from 'react-router';
import Box from '@mui/material/Box';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { OfflineBanner } from '../../components/offline-banner';
import { UserMenu } from '../../features/auth/components/user-menu';
import { useSignedInSession } from '../../lib/auth/signed-in-session';
import { AppNav } from './app-nav';
import { AppTopBar } from './app-top-bar';
import { MainContent } from './main-content';
import { PageTitle } from './page-title';
import { SkipLink } from './skip-link';

export function AppShell() {
  const session = useSignedInSession();
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true });
  const [navigationOpen, setNavigationOpen] = useState(false);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink />
      <PageTitle />
      <AppTopBar onOpenNavigation={wide ? undefined : () => setNavigationOpen(true)} userArea={<UserMenu />} />
      <AppNav scopes={session.scopes} permanent={wide} open={navigationOpen} onClose={() => setNavigationOpen(false)} />
      <MainContent>
        <OfflineBanner />
        <Outlet />
      </MainContent>
    </Box>
  );
}
