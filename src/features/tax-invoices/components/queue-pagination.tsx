import { memo } from 'react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { PAGE_SIZES } from '../queue/queue-search';

interface QueuePaginationProps {
  page: number;
  limit: number;
  hasNext: boolean;
  /** The next page is being fetched (the previous one stays on screen meanwhile). */
  busy: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onLimit: (limit: number) => void;
}

/** Concur pages by cursor and never says how many pages there are: Previous, Next and the page number, no total. */
export const QueuePagination = memo(function QueuePagination({ page, limit, hasNext, busy, onPrevious, onNext, onLimit }: QueuePaginationProps) {
  const { t } = useI18n();
  return (
    <Stack component="nav" aria-label={t('taxInvoices.pages.label')} direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', py: 1 }}>
      <Button onClick={onPrevious} disabled={page <= 1 || busy}>
        {t('taxInvoices.pages.previous')}
      </Button>
      <Typography variant="body2" aria-live="polite">
        {t('taxInvoices.pages.current', { page })}
      </Typography>
      <Button onClick={onNext} disabled={!hasNext || busy}>
        {t('taxInvoices.pages.next')}
      </Button>
      <TextField
        select
        size="small"
        label={t('taxInvoices.pages.size')}
        value={limit}
        onChange={(event) => onLimit(Number(event.target.value))}
        sx={{ ml: 'auto', minWidth: 120 }}
      >
        {PAGE_SIZES.map((size) => (
          <MenuItem key={size} value={size}>
            {size}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
});
