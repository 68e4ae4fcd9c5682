import { useId, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useColorScheme } from '@mui/material/styles';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import { useI18n } from '../../i18n/i18n-context';

const modes = ['light', 'dark', 'system'] as const;
const modeIcons = { light: LightModeIcon, dark: DarkModeIcon, system: SettingsBrightnessIcon };

/** Light, dark or follow the system; MUI remembers the choice in localStorage (a preference, not a secret). */
export function ThemeMenu() {
  const { t } = useI18n();
  const { mode = 'system', setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const ModeIcon = modeIcons[mode];

  return (
    <>
      <IconButton
        color="inherit"
        aria-label={`${t('theme.label')}: ${t(`theme.${mode}`)}`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <ModeIcon />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {modes.map((option) => (
          <MenuItem
            key={option}
            role="menuitemradio"
            aria-checked={option === mode}
            selected={option === mode}
            onClick={() => {
              setMode(option);
              setAnchor(null);
            }}
          >
            {t(`theme.${option}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
