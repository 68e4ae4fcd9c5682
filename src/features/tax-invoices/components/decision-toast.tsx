import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import type { DecisionQueue, QueuedDecision } from '../decisions/decision-queue';
import { useStatusName } from './status-label';

function useSecondsLeft(decision: QueuedDecision): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (decision.deadline === undefined) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(timer);
  }, [decision.deadline]);
  const left = decision.deadline === undefined ? decision.remainingMs : decision.deadline - now;
  return Math.max(0, Math.ceil(left / 1000));
}

interface DecisionToastProps {
  decision: QueuedDecision;
  queue: DecisionQueue;
  windowMs: number;
  onUndo: (decision: QueuedDecision) => void;
  onOpen: (decision: QueuedDecision) => void;
  onDrop: (decision: QueuedDecision) => void;
  onReview: (decision: QueuedDecision) => void;
  /** The one `u` would undo. */
  latest: boolean;
}

/** One decision on its way: its own countdown, paused while the pointer or focus is on it. */
export function DecisionToast({ decision, queue, windowMs, onUndo, onOpen, onDrop, onReview, latest }: DecisionToastProps) {
  const { t } = useI18n();
  const statusName = useStatusName();
  const seconds = useSecondsLeft(decision);
  const holds = useRef({ hover: false, focus: false });
  const { key } = decision;

  const hold = (kind: 'hover' | 'focus', on: boolean) => {
    if (holds.current[kind] === on) return;
    holds.current[kind] = on;
    if (on) queue.pause(key);
    else queue.resume(key);
  };
  useEffect(
    () => () => {
      // Leaving while hovered or focused must not leave the decision paused forever.
      if (holds.current.hover) queue.resume(key);
      if (holds.current.focus) queue.resume(key);
    },
    [key, queue],
  );

  const title = t('taxInvoices.undo.title', { receipt: decision.receiptId, status: statusName(decision.status) });
  const severity = decision.phase === 'failed' ? 'error' : decision.phase === 'conflict' ? 'warning' : 'info';
  const actions = {
    waiting: (
      <Button size="small" color="inherit" onClick={() => onUndo(decision)}>
        {t('taxInvoices.undo.undo')}
        {latest && <Box component="kbd" aria-hidden="true" sx={{ ml: 0.75 }}>u</Box>}
      </Button>
    ),
    failed: (
      <>
        <Button size="small" color="inherit" onClick={() => void queue.sendNow(key)}>{t('taxInvoices.decision.retry')}</Button>
        <Button size="small" color="inherit" onClick={() => onOpen(decision)}>{t('taxInvoices.undo.open')}</Button>
        <Button size="small" color="inherit" onClick={() => onDrop(decision)}>{t('taxInvoices.undo.dismiss')}</Button>
      </>
    ),
    conflict: (
      <>
        <Button size="small" color="inherit" onClick={() => onReview(decision)}>{t('taxInvoices.conflict.review')}</Button>
        <Button size="small" color="inherit" onClick={() => onDrop(decision)}>{t('taxInvoices.conflict.cancel')}</Button>
      </>
    ),
  }[decision.phase as 'waiting' | 'failed' | 'conflict'];

  return (
    <Alert
      component="li"
      role="group"
      aria-label={title}
      severity={severity}
      variant="filled"
      onMouseEnter={() => hold('hover', true)}
      onMouseLeave={() => hold('hover', false)}
      onFocus={() => hold('focus', true)}
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && hold('focus', false)}
      sx={{ boxShadow: 4, '& .MuiAlert-message': { width: '100%', minWidth: 0 } }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>{title}</Typography>
      {decision.comment && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere', display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
          {decision.comment}
        </Typography>
      )}
      {decision.phase === 'waiting' && (
        <>
          <Typography variant="caption">
            {decision.deadline === undefined ? t('taxInvoices.undo.paused', { seconds }) : t('taxInvoices.undo.sendingIn', { seconds })}
          </Typography>
          <LinearProgress variant="determinate" color="inherit" value={Math.min(100, (seconds * 1000 * 100) / windowMs)} aria-hidden="true" />
        </>
      )}
      {(decision.phase === 'checking' || decision.phase === 'sending') && (
        <>
          <Typography variant="caption">{decision.awaitingConnection ? t('taxInvoices.undo.awaitingConnection') : t('taxInvoices.undo.sending')}</Typography>
          <LinearProgress color="inherit" aria-hidden="true" />
        </>
      )}
      {decision.phase === 'failed' && (
        <Typography variant="body2">
          {t('taxInvoices.undo.failed', { reason: toDisplayMessage(decision.error, t) })}
          {isConcurError(decision.error) && decision.error.correlationId && ` ${t('error.reference', { id: decision.error.correlationId })}`}
        </Typography>
      )}
      {decision.phase === 'conflict' && <Typography variant="body2">{t('taxInvoices.undo.conflict')}</Typography>}
      {actions && <Stack direction="row" sx={{ gap: 1, mt: 1, flexWrap: 'wrap' }}>{actions}</Stack>}
    </Alert>
  );
}
