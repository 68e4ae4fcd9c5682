import { memo } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { useI18n } from '../../../i18n/i18n-context';

/** Export and the shortcuts list, next to the page title; memoised so paging does not re-render them. */
interface PageActionsProps {
  onExport: () => void;
  /** Until the table is shown: the export takes its columns from it. */
  exportDisabled: boolean;
  onShowShortcuts: () => void;
}

export const PageActions = memo(function PageActions({ onExport, exportDisabled, onShowShortcuts }: PageActionsProps) {
  const { t } = useI18n();
  return (
    <>
      <Button variant="contained" startIcon={<FileDownloadIcon />} onClick={onExport} disabled={exportDisabled}>
        {t('attendeeTypes.export.open')}
      </Button>
      <Tooltip title={t('attendeeTypes.shortcuts.show')}>
        <IconButton aria-label={t('attendeeTypes.shortcuts.show')} aria-keyshortcuts="?" onClick={onShowShortcuts}>
          <KeyboardIcon />
        </IconButton>
      </Tooltip>
    </>
  );
});
