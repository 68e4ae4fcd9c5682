import type { SxProps, Theme } from '@mui/material/styles';

/** The cells' plain elements, styled once here (see attendee-type-columns). */
export const GRID_SX: SxProps<Theme> = {
  '& .attendee-type-link': { color: 'primary.main', textUnderlineOffset: '0.2em', '&:focus-visible': { outline: '2px solid', outlineOffset: 2 } },
  '& .attendee-type-muted': { color: 'text.secondary' },
  '& .attendee-type-chips': { display: 'flex', gap: 0.5, overflow: 'hidden' },
  '& .attendee-type-chip': { px: 1, py: 0.25, borderRadius: 4, bgcolor: 'action.selected', fontSize: '0.8125rem', lineHeight: 1.5, whiteSpace: 'nowrap' },
  '& .attendee-type-delete': {
    display: 'inline-grid',
    placeItems: 'center',
    width: 36,
    height: 36,
    p: 0,
    border: 0,
    borderRadius: '50%',
    bgcolor: 'transparent',
    color: 'action.active',
    cursor: 'pointer',
    '& svg': { width: 20, height: 20, fill: 'currentColor' },
    '&:hover': { bgcolor: 'action.hover', color: 'error.main' },
    '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
  },
  '& input[name="select_row"]': { width: 18, height: 18, m: 0, accentColor: 'var(--mui-palette-primary-main)', cursor: 'pointer' },
};
