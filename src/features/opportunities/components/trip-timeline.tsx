import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { OPPORTUNITY_TYPES, TYPE_COLORS } from '../model/opportunity-types';
import { tripSearch } from '../model/search-params';
import type { TripSpan } from '../model/trips';
import { TimelineTrack } from './timeline-track';
import { useDateFormats } from './use-date-formats';

/** Rows are added a few at a time: the timeline stays cheap however many trips the range holds. */
const ROWS_PER_STEP = 20;

// Pixel sizes as strings: in `sx` a bare 1 means 100%, which made this "hidden" text as wide as its container.
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** One row per trip, its opportunities as bars from start to end on the trip's own scale (local time at each location). */
export function TripTimeline({ trips }: { trips: readonly TripSpan[] }) {
  const { t } = useI18n();
  const formats = useDateFormats();
  const titleId = useId();
  const [limit, setLimit] = useState(ROWS_PER_STEP);
  const shown = trips.slice(0, limit);

  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography id={titleId} variant="h6" component="h2">
        {t('opportunities.timeline.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {t('opportunities.timeline.note')}
      </Typography>
      <Stack direction="row" aria-hidden sx={{ flexWrap: 'wrap', gap: 2, mb: 1 }}>
        {OPPORTUNITY_TYPES.map((type) => (
          <Stack key={type} direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
            <Box component="span" sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: TYPE_COLORS[type] }} />
            <Typography variant="caption">{t(`opportunities.type.${type}`)}</Typography>
          </Stack>
        ))}
      </Stack>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {shown.map((trip) => {
          const start = formats.wallDateTime(trip.startWallMs);
          const end = formats.wallDateTime(trip.endWallMs);
          return (
            <Box
              component="li"
              key={trip.tripId}
              sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '260px 1fr' }, gap: 2, alignItems: 'center', py: 1, borderBottom: 1, borderColor: 'divider' }}
            >
              <div>
                <Link component={RouterLink} to={tripSearch(trip.tripId)} sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                  {trip.tripId}
                </Link>
                <Typography variant="caption" component="p" color="text.secondary" aria-hidden>
                  {t('opportunities.timeline.dates', { start, end })}
                </Typography>
                <Box component="span" sx={visuallyHidden}>
                  {t('opportunities.timeline.row', { trip: trip.tripId, count: trip.opportunities.length, start, end })}
                </Box>
              </div>
              <TimelineTrack trip={trip} />
            </Box>
          );
        })}
      </Box>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mt: 1 }}>
        <Typography variant="body2" role="status">
          {t('opportunities.timeline.shown', { shown: shown.length, count: trips.length })}
        </Typography>
        {limit < trips.length && <Button onClick={() => setLimit((current) => current + ROWS_PER_STEP)}>{t('opportunities.timeline.showMore')}</Button>}
      </Stack>
    </Box>
  );
}
