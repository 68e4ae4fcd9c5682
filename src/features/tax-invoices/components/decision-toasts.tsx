import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { isOpen, type DecisionQueue, type QueuedDecision } from '../decisions/decision-queue';
import { ConflictDialog } from './conflict-dialog';
import { DecisionToast } from './decision-toast';

const SHOWN = 4;

interface DecisionToastsProps {
  queue: DecisionQueue;
  decisions: readonly QueuedDecision[];
  windowMs: number;
  onUndo: (decision: QueuedDecision) => void;
  onOpen: (decision: QueuedDecision) => void;
  /** "Don’t send" or Dismiss: the decision is dropped, and comes back to its invoice's form as a draft. */
  onDrop: (decision: QueuedDecision) => void;
}

/**
 * The feature's own toast stack (the app's notifications show one at a time): every decision still on its way, each
 * undoable on its own. While it is mounted, failures show here rather than as app notifications.
 */
export function DecisionToasts({ queue, decisions, windowMs, onUndo, onOpen, onDrop }: DecisionToastsProps) {
  const { t } = useI18n();
  const [reviewKey, setReviewKey] = useState<string | null>(null);
  useEffect(() => queue.attachView(), [queue]);
  const open = decisions.filter((decision) => isOpen(decision) && decision.origin === 'single');
  const shown = open.slice(-SHOWN);
  const latestWaiting = open.filter((decision) => decision.phase === 'waiting').at(-1)?.key;
  // A conflict found right after Save is put to the admin at once; others wait for "Review changes".
  const reviewing =
    (reviewKey ? decisions.find((decision) => decision.key === reviewKey && decision.phase === 'conflict') : undefined) ??
    decisions.find((decision) => decision.phase === 'conflict' && decision.askNow);

  return (
    <Box component="section" aria-label={t('taxInvoices.undo.region')} sx={{ position: 'fixed', right: 16, bottom: 16, zIndex: 'snackbar', width: { xs: 'calc(100% - 32px)', sm: 380 }, pointerEvents: 'none' }}>
      {open.length > SHOWN && (
        <Typography variant="caption" component="p" sx={{ textAlign: 'right', bgcolor: 'background.paper', px: 1, borderRadius: 1, pointerEvents: 'auto' }}>
          {t('taxInvoices.undo.more', { count: open.length - SHOWN })}
        </Typography>
      )}
      <Box component="ul" aria-live="polite" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1, '& > li': { pointerEvents: 'auto' } }}>
        {shown.map((decision) => (
          <DecisionToast key={decision.key} decision={decision} queue={queue} windowMs={windowMs} onUndo={onUndo} onOpen={onOpen} onDrop={onDrop} onReview={(d) => setReviewKey(d.key)} latest={decision.key === latestWaiting} />
        ))}
      </Box>
      {reviewing && (
        <ConflictDialog
          open
          receiptId={reviewing.receiptId}
          changes={reviewing.changes ?? []}
          onSend={() => (setReviewKey(null), void queue.sendAnyway(reviewing.key))}
          onCancel={() => (setReviewKey(null), onDrop(reviewing))}
        />
      )}
    </Box>
  );
}
