import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { FocusKeepingButton } from '../../../components/focus-keeping-button';
import { useI18n } from '../../../i18n/i18n-context';
import { PAGE_SIZES, type PageSize } from '../view/table-view';

interface PaginationBarProps {
  page: number;
  size: PageSize;
  /** undefined while the page is loading. */
  hasNextPage: boolean | undefined;
  selectedCount: number;
  canGoPrevious: boolean;
  canGoNext: boolean;
  busy: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onSizeChange: (size: PageSize) => void;
}

/** Concur gives no total, so the bar says where the user is and whether more follows, never "1–25 of N". */
export function PaginationBar(props: PaginationBarProps) {
  const { t } = useI18n();
  const status =
    props.hasNextPage === undefined
      ? t('attendeeTypes.paging.loading', { page: props.page })
      : props.hasNextPage
        ? t('attendeeTypes.paging.moreAvailable', { page: props.page })
        : t('attendeeTypes.paging.lastPage', { page: props.page });
  return (
    <Stack
      component="nav"
      aria-label={t('attendeeTypes.paging.label')}
      direction="row"
      sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 2, py: 1.5 }}
    >
      {props.selectedCount > 0 && (
        <Typography variant="body2" sx={{ mr: 'auto' }}>
          {t('attendeeTypes.selection.count', { count: props.selectedCount })}
        </Typography>
      )}
      <TextField
        select
        size="small"
        label={t('attendeeTypes.paging.size')}
        value={props.size}
        onChange={(event) => props.onSizeChange(Number(event.target.value) as PageSize)}
        sx={{ width: 140 }}
      >
        {PAGE_SIZES.map((size) => (
          <MenuItem key={size} value={size}>
            {t('attendeeTypes.paging.perPage', { size })}
          </MenuItem>
        ))}
      </TextField>
      <Typography role="status" aria-live="polite" variant="body2" sx={{ minWidth: 180, textAlign: 'center' }}>
        {status}
      </Typography>
      <Stack direction="row" sx={{ gap: 1 }}>
        {/* Pressing Previous on page 2 or Next on the last page keeps focus on the button pressed. */}
        <FocusKeepingButton
          variant="outlined"
          startIcon={props.busy ? <CircularProgress size={16} aria-hidden="true" /> : <NavigateBeforeIcon />}
          disabled={!props.canGoPrevious}
          onClick={props.onPrevious}
        >
          {t('attendeeTypes.paging.previous')}
        </FocusKeepingButton>
        <FocusKeepingButton variant="outlined" endIcon={<NavigateNextIcon />} disabled={!props.canGoNext} onClick={props.onNext}>
          {t('attendeeTypes.paging.next')}
        </FocusKeepingButton>
      </Stack>
    </Stack>
  );
}
