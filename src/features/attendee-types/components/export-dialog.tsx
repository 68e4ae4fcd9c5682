import { useState, type RefObject } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { GridApi } from '@mui/x-data-grid';
import { useNotifications } from '../../../components/notifications-context';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import type { AttendeeType } from '../api/attendee-type-schema';
import type { TableView } from '../view/table-view';
import { useCsvExport, type ExportScope } from './use-csv-export';

interface ExportDialogProps {
  onClose: () => void;
  view: TableView;
  /** The rows on screen, searched and sorted. */
  pageRows: readonly AttendeeType[];
  selectedRows: readonly AttendeeType[];
  apiRef: RefObject<GridApi | null>;
}

export function ExportDialog({ onClose, ...source }: ExportDialogProps) {
  const { t } = useI18n();
  const notify = useNotifications();
  const [scope, setScope] = useState<ExportScope>('page');
  const exporter = useCsvExport(source);
  const { state } = exporter;
  const walking = state.status === 'walking';
  const chosen = scope === 'selected' && source.selectedRows.length === 0 ? 'page' : scope;

  const close = () => {
    exporter.reset();
    onClose();
  };
  const start = async () => {
    const written = await exporter.run(chosen);
    if (!written) return;
    notify({ message: t('attendeeTypes.export.done', { count: written.count, file: written.fileName }), severity: 'success' });
    close();
  };

  return (
    <Dialog open onClose={walking ? undefined : close} aria-labelledby="attendee-types-export-title" fullWidth maxWidth="sm">
      <DialogTitle id="attendee-types-export-title">{t('attendeeTypes.export.title')}</DialogTitle>
      <DialogContent>
        <RadioGroup aria-labelledby="attendee-types-export-title" value={chosen} onChange={(event) => setScope(event.target.value as ExportScope)}>
          <FormControlLabel value="page" disabled={walking} control={<Radio />} label={t('attendeeTypes.export.scopePage', { count: source.pageRows.length, page: source.view.page })} />
          <FormControlLabel
            value="selected"
            disabled={walking || source.selectedRows.length === 0}
            control={<Radio />}
            label={t('attendeeTypes.export.scopeSelected', { count: source.selectedRows.length })}
          />
          <FormControlLabel
            value="all"
            disabled={walking}
            control={<Radio />}
            label={source.view.q ? t('attendeeTypes.export.scopeAllMatching', { q: source.view.q }) : t('attendeeTypes.export.scopeAll')}
          />
        </RadioGroup>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('attendeeTypes.export.columnsNote')}
        </Typography>
        {walking && (
          <Box sx={{ mt: 2 }}>
            <LinearProgress aria-label={t('attendeeTypes.export.progressLabel')} />
            <Typography variant="body2" role="status" sx={{ mt: 1 }}>
              {t('attendeeTypes.export.progress', { items: state.progress.items, count: state.progress.pages })}
            </Typography>
          </Box>
        )}
        {state.status === 'cancelled' && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('attendeeTypes.export.cancelled')}
          </Alert>
        )}
        {state.status === 'failed' && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('attendeeTypes.export.failed', { reason: toDisplayMessage(state.error, t) })}
            {isConcurError(state.error) && state.error.correlationId && ` ${t('error.reference', { id: state.error.correlationId })}`}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        {walking ? (
          <Button onClick={exporter.cancel}>{t('attendeeTypes.export.cancel')}</Button>
        ) : (
          <>
            <Button onClick={close}>{t('attendeeTypes.export.close')}</Button>
            <Button variant="contained" onClick={() => void start()}>
              {t('attendeeTypes.export.start')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
