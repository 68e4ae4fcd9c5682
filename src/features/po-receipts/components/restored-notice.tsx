import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useI18n } from '../../../i18n/i18n-context';

/** A draft came back after a reload or a new sign-in: say so plainly; it is never sent by itself. */
export function RestoredNotice({ message, onDiscard }: { message: string; onDiscard: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      severity="info"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={onDiscard}>
          {t('poReceipts.restored.discard')}
        </Button>
      }
    >
      <AlertTitle component="h2" sx={{ fontSize: '1rem' }}>
        {t('poReceipts.restored.title')}
      </AlertTitle>
      {message}
    </Alert>
  );
}
