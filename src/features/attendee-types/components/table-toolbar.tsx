import { memo, useState, type Ref } from 'react';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import DensityMediumIcon from '@mui/icons-material/DensityMedium';
import RefreshIcon from '@mui/icons-material/Refresh';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import { useI18n } from '../../../i18n/i18n-context';
import type { Density } from '../view/table-preferences';
import { SearchField } from './search-field';

interface TableToolbarProps {
  q: string;
  onSearchCommit: (q: string, options: { replace: boolean }) => void;
  searchRef: Ref<HTMLInputElement>;
  searchHelp: string;
  density: Density;
  onDensityChange: (density: Density) => void;
  onShowColumns: () => void;
  onRefresh: () => void;
  refreshing: boolean;
  onResetView: () => void;
}

const DENSITIES: readonly Density[] = ['compact', 'standard', 'comfortable'];

/** Search and the table's tools; memoised (with stable callbacks from the table) so paging does not re-render it. */
export const TableToolbar = memo(function TableToolbar(props: TableToolbarProps) {
  const { density, onDensityChange, onShowColumns, onRefresh, refreshing, onResetView } = props;
  const { t } = useI18n();
  const [densityAnchor, setDensityAnchor] = useState<HTMLElement | null>(null);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'flex-start' }, flexWrap: 'wrap', mb: 1.5 }}>
      <SearchField value={props.q} onCommit={props.onSearchCommit} inputRef={props.searchRef} helperText={props.searchHelp} />
      <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', ml: { sm: 'auto' } }}>
        <Button startIcon={<ViewColumnIcon />} onClick={onShowColumns}>
          {t('attendeeTypes.toolbar.columns')}
        </Button>
        <Button
          startIcon={<DensityMediumIcon />}
          aria-haspopup="menu"
          aria-expanded={densityAnchor ? 'true' : undefined}
          aria-controls={densityAnchor ? 'attendee-types-density-menu' : undefined}
          onClick={(event) => setDensityAnchor(event.currentTarget)}
        >
          {t('attendeeTypes.toolbar.density')}
        </Button>
        <Menu id="attendee-types-density-menu" anchorEl={densityAnchor} open={densityAnchor !== null} onClose={() => setDensityAnchor(null)}>
          {DENSITIES.map((option) => (
            <MenuItem
              key={option}
              selected={option === density}
              role="menuitemradio"
              aria-checked={option === density}
              onClick={() => {
                onDensityChange(option);
                setDensityAnchor(null);
              }}
            >
              <ListItemText>{t(`attendeeTypes.density.${option}`)}</ListItemText>
            </MenuItem>
          ))}
        </Menu>
        <Button startIcon={<RefreshIcon />} onClick={onRefresh} disabled={refreshing}>
          {t('attendeeTypes.toolbar.refresh')}
        </Button>
        <Button startIcon={<RestartAltIcon />} onClick={onResetView}>
          {t('attendeeTypes.toolbar.resetView')}
        </Button>
      </Stack>
    </Stack>
  );
});
