import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import { MAIN_CONTENT_ID } from './skip-link';

/** The skip link's target; focusable so the skip moves keyboard focus, not just the scroll position. */
export function MainContent({ children }: { children: ReactNode }) {
  return (
    <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, outline: 'none' }}>
      <Toolbar />
      {children}
    </Box>
  );
}
