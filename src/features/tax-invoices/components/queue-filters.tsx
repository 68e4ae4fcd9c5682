import { memo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useI18n } from '../../../i18n/i18n-context';
import { normalizeUtcDateTime, STATUS_FILTERS, type StatusFilter } from '../queue/queue-search';
import { useStatusFilterName } from './status-filter-name';

const DAY_MS = 86_400_000;
const utcNow = () => new Date().toISOString();

/** Presets, all in UTC: the start of today, and the same minute 7 or 30 days ago. */
const PRESETS = {
  today: () => `${utcNow().slice(0, 10)}T00:00:00`,
  week: () => `${new Date(Date.now() - 7 * DAY_MS).toISOString().slice(0, 16)}:00`,
  month: () => `${new Date(Date.now() - 30 * DAY_MS).toISOString().slice(0, 16)}:00`,
} as const;

interface QueueFiltersProps {
  modifiedAfter: string | undefined;
  invalidModifiedAfter: boolean;
  status: StatusFilter;
  loadedCount: number;
  rowCount: number;
  onModifiedAfter: (value: string | undefined) => void;
  onStatus: (status: StatusFilter) => void;
}

export const QueueFilters = memo(function QueueFilters({ modifiedAfter, invalidModifiedAfter, status, loadedCount, rowCount, onModifiedAfter, onStatus }: QueueFiltersProps) {
  const { t } = useI18n();
  const statusName = useStatusFilterName();
  const [draft, setDraft] = useState(modifiedAfter ?? '');
  const [shown, setShown] = useState(modifiedAfter);
  const [error, setError] = useState(false);
  if (shown !== modifiedAfter) {
    // The address changed (a preset, Back): show what it holds now.
    setShown(modifiedAfter);
    setDraft(modifiedAfter ?? '');
    setError(false);
  }

  const apply = () => {
    if (draft.trim() === '') return onModifiedAfter(undefined);
    const value = normalizeUtcDateTime(draft);
    setError(!value);
    if (value && value !== modifiedAfter) onModifiedAfter(value);
  };

  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {invalidModifiedAfter && <Alert severity="warning">{t('taxInvoices.filters.invalidInAddress')}</Alert>}
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, alignItems: { sm: 'flex-start' }, flexWrap: 'wrap' }}>
        <TextField
          label={t('taxInvoices.filters.modifiedAfter')}
          type="datetime-local"
          size="small"
          value={draft}
          error={error}
          helperText={error ? t('taxInvoices.filters.modifiedAfterInvalid') : t('taxInvoices.filters.modifiedAfterHelp')}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={apply}
          onKeyDown={(event) => {
            if (event.key === 'Enter') apply();
          }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
        />
        <Stack direction="row" role="group" aria-label={t('taxInvoices.filters.presets')} sx={{ gap: 1, flexWrap: 'wrap', pt: 0.5 }}>
          <Button size="small" variant="outlined" onClick={() => onModifiedAfter(PRESETS.today())}>{t('taxInvoices.filters.today')}</Button>
          <Button size="small" variant="outlined" onClick={() => onModifiedAfter(PRESETS.week())}>{t('taxInvoices.filters.last7')}</Button>
          <Button size="small" variant="outlined" onClick={() => onModifiedAfter(PRESETS.month())}>{t('taxInvoices.filters.last30')}</Button>
          <Button size="small" onClick={() => onModifiedAfter(undefined)} disabled={!modifiedAfter}>{t('taxInvoices.filters.clear')}</Button>
        </Stack>
        <TextField
          select
          size="small"
          label={t('taxInvoices.filters.status')}
          value={status}
          onChange={(event) => onStatus(event.target.value as StatusFilter)}
          helperText={t('taxInvoices.filters.statusHelp', { loaded: loadedCount, total: rowCount })}
          sx={{ minWidth: 220, maxWidth: 320 }}
        >
          {STATUS_FILTERS.map((filter) => (
            <MenuItem key={filter} value={filter}>
              {statusName(filter)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Stack>
  );
});
