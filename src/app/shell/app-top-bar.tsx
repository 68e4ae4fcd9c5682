import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import MenuIcon from '@mui/icons-material/Menu';
import { useI18n } from '../../i18n/i18n-context';
import { LanguageMenu } from './language-menu';
import { ThemeMenu } from './theme-menu';

interface AppTopBarProps {
  /** Shown on narrow screens, where the navigation is hidden until asked for. */
  onOpenNavigation?: () => void;
  /** The signed-in user's part of the bar (name and Sign out). */
  userArea?: ReactNode;
}

export function AppTopBar({ onOpenNavigation, userArea }: AppTopBarProps) {
  const { t } = useI18n();
  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar sx={{ gap: 1 }}>
        {onOpenNavigation && (
          <IconButton color="inherit" edge="start" aria-label={t('shell.openNavigation')} onClick={onOpenNavigation}>
            <MenuIcon />
          </IconButton>
        )}
        <Typography variant="h6" component="p" noWrap sx={{ flexGrow: 1 }}>
          {t('app.name')}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <LanguageMenu />
          <ThemeMenu />
          {userArea}
        </Box>
      </Toolbar>
    </AppBar>
  );
}
