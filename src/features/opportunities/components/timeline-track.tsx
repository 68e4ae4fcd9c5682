import Box from '@mui/material/Box';
import { useI18n } from '../../../i18n/i18n-context';
import { OPPORTUNITY_TYPES, TYPE_COLORS } from '../model/opportunity-types';
import type { TripSpan } from '../model/trips';
import { useDateFormats } from './use-date-formats';

const LANE_PX = 7;
const MIN_WIDTH_PERCENT = 0.8;

/**
 * The bars of one trip, one lane per type. Positions go in `style` (set through the DOM, which the CSP allows) rather
 * than `sx`, which would mint a CSS class for every bar.
 */
export function TimelineTrack({ trip }: { trip: TripSpan }) {
  const { t } = useI18n();
  const formats = useDateFormats();
  const span = Math.max(trip.endWallMs - trip.startWallMs, 1);
  return (
    <Box aria-hidden sx={{ position: 'relative', height: OPPORTUNITY_TYPES.length * LANE_PX, bgcolor: 'action.hover', borderRadius: 1 }}>
      {trip.opportunities.map((opportunity) => {
        const left = ((opportunity.startWallMs - trip.startWallMs) / span) * 100;
        const width = Math.max(((opportunity.endWallMs - opportunity.startWallMs) / span) * 100, MIN_WIDTH_PERCENT);
        return (
          <span
            key={opportunity.id}
            title={t('opportunities.timeline.bar', {
              type: t(`opportunities.type.${opportunity.type}`),
              start: formats.wallDateTime(opportunity.startWallMs),
              end: formats.wallDateTime(opportunity.endWallMs),
            })}
            style={{
              position: 'absolute',
              left: `${Math.min(left, 100 - width)}%`,
              width: `${width}%`,
              top: OPPORTUNITY_TYPES.indexOf(opportunity.type) * LANE_PX + 1,
              height: LANE_PX - 2,
              borderRadius: 2,
              background: TYPE_COLORS[opportunity.type],
              opacity: opportunity.isActive ? 1 : 0.45,
            }}
          />
        );
      })}
    </Box>
  );
}
