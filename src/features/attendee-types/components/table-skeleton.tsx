import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useI18n } from '../../../i18n/i18n-context';

const SHOWN_ROWS = 10;

/**
 * Skeleton rows until the first page arrives. The grid itself mounts with its rows: mounting it empty first cost a
 * long render just when the page's request should go out.
 */
export function TableSkeleton() {
  const { t } = useI18n();
  return (
    <Box role="status" aria-label={t('progress.loading')} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1 }}>
      <Skeleton variant="text" height={40} width="40%" />
      {Array.from({ length: SHOWN_ROWS }, (_, index) => (
        <Skeleton key={index} variant="text" height={44} />
      ))}
    </Box>
  );
}
