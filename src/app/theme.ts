import { createTheme } from '@mui/material/styles';

/** One theme, light and dark schemes; the mode (light / dark / system) is remembered by MUI under our storage keys. */
export const appTheme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: { palette: { primary: { main: '#0b5cab' } } },
    dark: { palette: { primary: { main: '#7fb4f0' } } },
  },
  shape: { borderRadius: 8 },
  components: {
    MuiAppBar: { defaultProps: { elevation: 0 } },
    MuiButton: { defaultProps: { disableElevation: true } },
  },
});

export const themeStorageKeys = {
  mode: 'concur-console:theme-mode',
  colorScheme: 'concur-console:color-scheme',
} as const;
