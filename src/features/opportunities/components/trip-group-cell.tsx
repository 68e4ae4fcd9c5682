import { Link as RouterLink } from 'react-router';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useI18n } from '../../../i18n/i18n-context';
import { tripSearch } from '../model/search-params';
import type { TripGroupRow } from '../model/table-rows';

/** A trip's header row: expand/collapse, the trip (opens its view) and its counts. */
export function TripGroupCell({ row, tabIndex, onToggle }: { row: TripGroupRow; tabIndex: -1 | 0; onToggle: (tripId: string) => void }) {
  const { t } = useI18n();
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, height: '100%' }}>
      <IconButton
        size="small"
        tabIndex={tabIndex}
        aria-expanded={!row.collapsed}
        aria-label={t(row.collapsed ? 'opportunities.table.expandTrip' : 'opportunities.table.collapseTrip', { trip: row.tripId })}
        onClick={(event) => {
          event.stopPropagation();
          onToggle(row.tripId);
        }}
      >
        {row.collapsed ? <ChevronRightIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
      </IconButton>
      <Link component={RouterLink} to={tripSearch(row.tripId)} tabIndex={tabIndex} sx={{ fontFamily: 'monospace', fontWeight: 500 }}>
        {row.tripId}
      </Link>
      <Typography variant="body2" color="text.secondary">
        {t('opportunities.table.groupSummary', { count: row.count, active: row.active })}
      </Typography>
    </Stack>
  );
}
