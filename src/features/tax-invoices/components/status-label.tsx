import Chip from '@mui/material/Chip';
import { useI18n } from '../../../i18n/i18n-context';
import type { TaxInvoiceStatus } from '../api/tax-invoice-schemas';
import type { RowStatus } from '../queue/row-status';

const COLORS = { VALID: 'success', WARNG: 'warning', INVLD: 'error' } as const;
/** A long status ("Valid with warnings", "Válida con advertencias") wraps in a narrow queue instead of being cut off. */
const WRAPPING = { height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } } as const;

export function useStatusName() {
  const { t } = useI18n();
  return (status: TaxInvoiceStatus) =>
    ({ VALID: t('taxInvoices.status.VALID'), WARNG: t('taxInvoices.status.WARNG'), INVLD: t('taxInvoices.status.INVLD') })[status];
}

/** A row's status in words (color only repeats what the text says). */
export function StatusLabel({ status }: { status: RowStatus }) {
  const { t } = useI18n();
  const statusName = useStatusName();
  switch (status.kind) {
    case 'loading':
      return null;
    case 'unknown':
      return <Chip size="small" variant="outlined" sx={WRAPPING} label={t('taxInvoices.status.unknown')} />;
    case 'undecided':
      return <Chip size="small" variant="outlined" sx={WRAPPING} label={t('taxInvoices.status.undecided')} />;
    case 'decided': {
      const name = statusName(status.status);
      const label = status.pending ? t('taxInvoices.status.pending', { status: name }) : name;
      return <Chip size="small" color={COLORS[status.status]} variant={status.source === 'session' ? 'filled' : 'outlined'} sx={WRAPPING} label={label} />;
    }
  }
}
