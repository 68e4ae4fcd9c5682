import { Link as RouterLink, useMatch } from 'react-router';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import { allowedAreas, type Area } from '../../config/areas';
import { useI18n } from '../../i18n/i18n-context';
import { areaScreenPreloads } from '../area-routes';
import { preloadOnIntent } from './preload-on-intent';

export const NAV_WIDTH = 260;

function NavItem({ area, onNavigate }: { area: Area; onNavigate: () => void }) {
  const { t } = useI18n();
  const match = useMatch({ path: area.path, end: false });
  // The link sits in a list item: a <ul> may hold only <li> children.
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={RouterLink}
        to={area.path}
        selected={match !== null}
        aria-current={match ? 'page' : undefined}
        onClick={onNavigate}
        {...preloadOnIntent(areaScreenPreloads[area.id])}
      >
        <ListItemText primary={t(`area.${area.id}.title`)} />
      </ListItemButton>
    </ListItem>
  );
}

interface AppNavProps {
  scopes: readonly string[];
  /** Wide screens keep the navigation open; narrow ones open it over the page from the menu button. */
  permanent: boolean;
  open: boolean;
  onClose: () => void;
}

/** Only the areas the user's scopes allow. */
export function AppNav({ scopes, permanent, open, onClose }: AppNavProps) {
  const { t } = useI18n();
  return (
    <Drawer
      variant={permanent ? 'permanent' : 'temporary'}
      open={permanent || open}
      onClose={onClose}
      sx={{ width: NAV_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' } }}
    >
      <Toolbar />
      <nav aria-label={t('shell.navigation')}>
        <List>
          {allowedAreas(scopes).map((area) => (
            <NavItem key={area.id} area={area} onNavigate={onClose} />
          ))}
        </List>
      </nav>
    </Drawer>
  );
}
