import { Outlet } from 'react-router';
import Box from '@mui/material/Box';
import { AppTopBar } from './app-top-bar';
import { MainContent } from './main-content';
import { PageTitle } from './page-title';
import { SkipLink } from './skip-link';

/** Sign-in and the OAuth callback: the app bar without navigation or user. */
export function PublicLayout() {
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink />
      <PageTitle />
      <AppTopBar />
      <MainContent>
        <Outlet />
      </MainContent>
    </Box>
  );
}
