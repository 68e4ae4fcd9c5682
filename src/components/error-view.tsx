import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useI18n } from '../i18n/i18n-context';

interface ErrorViewProps {
  title: string;
  /** Rendered as text: server-provided strings can never become markup here. */
  message?: string;
  correlationId?: string;
  /** The main way out (Retry, Sign in again…); a plain Retry button when only `onRetry` is given. */
  action?: ReactNode;
  onRetry?: () => void;
}

export function ErrorView({ title, message, correlationId, action, onRetry }: ErrorViewProps) {
  const { t } = useI18n();
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', px: 2, py: 4 }}>
      <Alert severity="error" variant="outlined">
        <AlertTitle component="h1" sx={{ fontSize: '1.25rem' }}>
          {title}
        </AlertTitle>
        {message && <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message}</Typography>}
        {correlationId && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('error.reference', { id: correlationId })}
          </Typography>
        )}
      </Alert>
      <Box sx={{ mt: 2 }}>
        {action ??
          (onRetry && (
            <Button variant="contained" onClick={onRetry}>
              {t('error.retry')}
            </Button>
          ))}
      </Box>
    </Box>
  );
}
