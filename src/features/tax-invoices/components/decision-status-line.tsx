import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import type { DecisionQueue, QueuedDecision } from '../decisions/decision-queue';
import { useStatusName } from './status-label';

interface DecisionStatusLineProps {
  decision: QueuedDecision | undefined;
  queue: DecisionQueue;
  onReview: () => void;
}

/** Where this invoice's latest decision of the session stands: held back, sending, sent, failed (Retry) or in conflict. */
export function DecisionStatusLine({ decision, queue, onReview }: DecisionStatusLineProps) {
  const { t } = useI18n();
  const statusName = useStatusName();
  if (!decision) return null;
  const status = statusName(decision.status);
  switch (decision.phase) {
    case 'waiting':
      return (
        <Alert severity="info" action={<Button color="inherit" size="small" onClick={() => queue.undo(decision.key)}>{t('taxInvoices.undo.undo')}</Button>}>
          {t('taxInvoices.decision.held', { status })}
        </Alert>
      );
    case 'checking':
    case 'sending':
      if (decision.awaitingConnection) return <Alert severity="warning">{t('taxInvoices.decision.awaitingConnection', { status })}</Alert>;
      return <Alert severity="info">{t('taxInvoices.decision.sending', { status })}</Alert>;
    case 'sent':
      return <Alert severity="success">{t('taxInvoices.decision.sent', { status })}</Alert>;
    case 'failed':
      return (
        <Alert severity="error" action={<Button color="inherit" size="small" onClick={() => void queue.sendNow(decision.key)}>{t('taxInvoices.decision.retry')}</Button>}>
          {t('taxInvoices.decision.failed', { status, reason: toDisplayMessage(decision.error, t) })}
          {isConcurError(decision.error) && decision.error.correlationId && ` ${t('error.reference', { id: decision.error.correlationId })}`}
        </Alert>
      );
    case 'conflict':
      return (
        <Alert severity="warning" action={<Button color="inherit" size="small" onClick={onReview}>{t('taxInvoices.conflict.review')}</Button>}>
          {t('taxInvoices.decision.conflict', { status })}
        </Alert>
      );
    default:
      return null;
  }
}
