import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';

/** "14 of 25 on this page decided · 3 invalid", from what Concur says and this session's decisions. */
export function ProgressLine({ decided, total, invalid }: { decided: number; total: number; invalid: number }) {
  const { t } = useI18n();
  if (total === 0) return null;
  return (
    <Typography variant="body2" role="status" sx={{ mb: 1 }}>
      {t('taxInvoices.progress', { decided, total, invalid })}
    </Typography>
  );
}
