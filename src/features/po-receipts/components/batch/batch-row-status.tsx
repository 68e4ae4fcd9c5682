import Typography from '@mui/material/Typography';
import { useI18n } from '../../../../i18n/i18n-context';
import { ConcurError, type ConcurErrorKind } from '../../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../../lib/concur/display-message';
import type { BatchRow, RowFailure } from '../../model/batch-state';
import { problemText } from '../problem-text';

export function useFailureText(): (failure: RowFailure | undefined, edited?: boolean) => string {
  const { t } = useI18n();
  return (failure, edited) => {
    if (!failure) return '';
    if (edited) return t('poReceipts.batch.status.edited');
    switch (failure.kind) {
      case 'invalid':
        return t('poReceipts.batch.status.invalid');
      case 'interrupted':
        return t('poReceipts.batch.status.interrupted');
      case 'concur':
        return t('poReceipts.batch.concurSaid', { code: failure.code || '?', message: failure.concurMessage || problemText(t, failure.messageKey) });
      case 'request': {
        const error = new ConcurError({ kind: failure.errorKind as ConcurErrorKind, method: 'PUT', status: failure.status, message: failure.message, correlationId: failure.correlationId });
        const reference = failure.correlationId ? ` ${t('error.reference', { id: failure.correlationId })}` : '';
        return `${toDisplayMessage(error, t)}${reference}`;
      }
    }
  };
}

/** The row's result in words: Saved, Sending…, Not sent, or why it failed (Concur's code and message as text). */
export function BatchRowStatus({ row }: { row: BatchRow }) {
  const { t } = useI18n();
  const failureText = useFailureText();
  const color = row.status === 'saved' ? 'success.main' : row.status === 'failed' ? 'error' : 'text.secondary';
  return (
    <>
      <Typography variant="body2" color={color} sx={{ fontWeight: 600 }}>
        {t(`poReceipts.batch.status.${row.status}`)}
      </Typography>
      {row.status === 'failed' && (
        <Typography variant="caption" component="p" sx={{ overflowWrap: 'anywhere' }}>
          {failureText(row.failure, row.edited)}
        </Typography>
      )}
    </>
  );
}
