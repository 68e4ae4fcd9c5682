import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';

interface TableLoadErrorProps {
  error: Error;
  /** A failed refresh over rows still on screen is a warning; no rows at all is an error. */
  hasData: boolean;
  onRetry: () => void;
}

export function TableLoadError({ error, hasData, onRetry }: TableLoadErrorProps) {
  const { t } = useI18n();
  const correlationId = isConcurError(error) ? error.correlationId : undefined;
  return (
    <Alert
      severity={hasData ? 'warning' : 'error'}
      variant="outlined"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      }
    >
      <AlertTitle>{t(hasData ? 'attendeeTypes.load.refreshFailed' : 'attendeeTypes.load.failed')}</AlertTitle>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {toDisplayMessage(error, t)}
      </Typography>
      {correlationId && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('error.reference', { id: correlationId })}
        </Typography>
      )}
    </Alert>
  );
}
