import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import type { CollectProgress } from '../../../lib/concur/collect-pages';

/** Concur does not say how many pages there are, so the bar is indeterminate and the count says how far it got. */
export function PagingProgress({ progress, onCancel }: { progress: CollectProgress | undefined; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <Box>
      <LinearProgress aria-label={t('opportunities.loading.label')} />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, mt: 1 }}>
        <Typography role="status" variant="body2">
          {t('opportunities.loading.progress', { items: progress?.items ?? 0, count: progress?.pages ?? 0 })}
        </Typography>
        <Button variant="outlined" onClick={onCancel}>
          {t('opportunities.loading.cancel')}
        </Button>
      </Stack>
    </Box>
  );
}
