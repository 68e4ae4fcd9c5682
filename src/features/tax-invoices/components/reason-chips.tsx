import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useI18n } from '../../../i18n/i18n-context';
import type { TaxInvoiceStatus } from '../api/tax-invoice-schemas';

const REASONS = {
  VALID: ['taxInvoices.reason.verified', 'taxInvoices.reason.reviewedManually'],
  WARNG: ['taxInvoices.reason.cashOverLimit', 'taxInvoices.reason.ppdNeedsComplement', 'taxInvoices.reason.dateMismatch', 'taxInvoices.reason.regimeMismatch'],
  INVLD: ['taxInvoices.reason.uuidNotFound', 'taxInvoices.reason.cancelled', 'taxInvoices.reason.wrongReceiver', 'taxInvoices.reason.amountsMismatch', 'taxInvoices.reason.duplicate'],
} as const satisfies Record<TaxInvoiceStatus, readonly string[]>;

/** One-click reasons for the chosen decision, in the admin's language; each adds its sentence to the comment. */
export function ReasonChips({ status, onPick }: { status: TaxInvoiceStatus | ''; onPick: (reason: string) => void }) {
  const { t } = useI18n();
  if (status === '') return null;
  return (
    <Stack direction="row" role="group" aria-label={t('taxInvoices.decision.reasons')} sx={{ gap: 1, flexWrap: 'wrap' }}>
      {REASONS[status].map((key) => (
        <Chip key={key} label={t(key)} size="small" variant="outlined" onClick={() => onPick(t(key))} />
      ))}
    </Stack>
  );
}

/** The comment with a reason added: after what is there, as its own sentence. */
export function withReason(comment: string, reason: string): string {
  const trimmed = comment.trimEnd();
  if (trimmed === '') return reason;
  if (trimmed.includes(reason)) return comment;
  return `${trimmed}${/[.;:!?]$/.test(trimmed) ? '' : '.'} ${reason}`;
}
