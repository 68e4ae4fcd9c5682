import { createTheme } from '@mui/material/styles';

/** One theme, light and dark schemes; the mode (light / dark / system) is remembered by MUI under our storage keys. */
export const appTheme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    // WCAG 1.4.3 (4.5:1 for text), checked by e2e/a11y/axe.spec.ts. contrastThreshold 4.5 makes MUI pick white text on a
    // coloured background only where white reaches 4.5:1 (its default, 3, puts white on dark mode's red and green).
    // Status colours are also text (outlined chips) on a selected, hovered table row (#dbe5f0), not only on white:
    // MUI's light warning (#ed6c02) is 3.1:1 on white, its success and error ~4.0:1 on that row; these are 5.0–6.5:1
    // on every one of them. Dark primary's derived `dark` (#587da8, a focused selected day in the date picker) is
    // 4.46:1 under dark text: this one is 5.6:1.
    light: {
      palette: {
        contrastThreshold: 4.5,
        primary: { main: '#0b5cab' },
        warning: { main: '#9a4507' },
        success: { main: '#2e6b31' },
        error: { main: '#b3261e' },
      },
    },
    dark: { palette: { contrastThreshold: 4.5, primary: { main: '#7fb4f0', dark: '#5f8fc8' } } },
  },
  shape: { borderRadius: 8 },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        // Users who ask their system for less motion get none: MUI's transitions (set inline by its components, hence
        // !important), skeleton pulses and spinners hold still, and nothing scrolls smoothly. Components still open and
        // close; they just appear at once (their timeouts still run, so nothing waits on an event that never comes).
        '@media (prefers-reduced-motion: reduce)': {
          '*, *::before, *::after': {
            animationDuration: '0s !important',
            animationDelay: '0s !important',
            animationIterationCount: '1 !important',
            transitionDuration: '0s !important',
            transitionDelay: '0s !important',
            scrollBehavior: 'auto !important',
          },
        },
      },
    },
    MuiAppBar: { defaultProps: { elevation: 0 } },
    MuiButton: { defaultProps: { disableElevation: true } },
  },
});

export const themeStorageKeys = {
  mode: 'concur-console:theme-mode',
  colorScheme: 'concur-console:color-scheme',
} as const;
