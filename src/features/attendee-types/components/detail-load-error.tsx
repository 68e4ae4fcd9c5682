import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';

/** A type that is gone (404) says so; anything else offers Retry and Concur's reference. */
export function DetailLoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  const notFound = isConcurError(error) && error.status === 404;
  const correlationId = isConcurError(error) ? error.correlationId : undefined;
  return (
    <Alert
      severity={notFound ? 'warning' : 'error'}
      action={
        notFound ? undefined : (
          <Button color="inherit" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        )
      }
    >
      {notFound ? t('attendeeTypes.detail.notFound') : toDisplayMessage(error, t)}
      {correlationId && !notFound && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('error.reference', { id: correlationId })}
        </Typography>
      )}
    </Alert>
  );
}
