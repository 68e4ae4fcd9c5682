import type { FieldErrors } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useI18n } from '../../../i18n/i18n-context';
import type { ConcurFailure } from '../model/concur-failure';
import { RECEIPT_FIELDS, type ReceiptField } from '../model/receipt-fields';
import type { ReceiptFormValues } from '../model/receipt-form-values';
import { problemText } from './problem-text';
import { useFieldLabel } from './use-field-label';

interface ErrorSummaryProps {
  errors: FieldErrors<ReceiptFormValues>;
  failure: ConcurFailure | undefined;
  onFocusField: (field: ReceiptField) => void;
}

/** Every problem of the last Save in one list, each a link to its field (the first field already has focus). */
export function ErrorSummary({ errors, failure, onFocusField }: ErrorSummaryProps) {
  const { t } = useI18n();
  const label = useFieldLabel();
  const problems = RECEIPT_FIELDS.flatMap((field) => {
    const message = errors[field]?.message;
    return message ? [{ field, message: problemText(t, message) }] : [];
  });
  if (problems.length === 0 && !failure) return null;
  const title = failure
    ? t('poReceipts.summary.concurTitle')
    : problems.length === 1
      ? t('poReceipts.summary.titleOne')
      : t('poReceipts.summary.title', { count: problems.length });
  return (
    <Alert severity="error" variant="outlined" aria-labelledby="receipt-summary-title" sx={{ mb: 2 }} role="region">
      <AlertTitle id="receipt-summary-title" component="h2" sx={{ fontSize: '1rem' }}>
        {title}
      </AlertTitle>
      {failure && (
        <p style={{ marginTop: 0 }}>
          {failure.field === undefined && `${problemText(t, failure.messageKey)} `}
          {t('poReceipts.summary.concurDetail', { message: failure.concurMessage || problemText(t, failure.messageKey), code: failure.code || '?' })}
        </p>
      )}
      {problems.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {problems.map(({ field, message }) => (
            <li key={field}>
              <Link
                href={`#receipt-${field}`}
                onClick={(event) => {
                  event.preventDefault();
                  onFocusField(field);
                }}
              >
                {label(field)}: {message}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
