import { useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNotifications } from '../../../components/notifications-context';
import { useI18n } from '../../../i18n/i18n-context';
import { useSignedInSession } from '../../../lib/auth/signed-in-session';
import type { DecisionQueue, QueuedDecision } from './decision-queue';
import { decisionQueueFor } from './decision-queue-registry';

export function useDecisionQueue(): DecisionQueue {
  const queryClient = useQueryClient();
  const session = useSignedInSession();
  const notify = useNotifications();
  const { t } = useI18n();
  return decisionQueueFor(queryClient, session.user.id, (decision) =>
    notify({ severity: 'error', message: t('taxInvoices.undo.unattendedProblem', { receipt: decision.receiptId }) }),
  );
}

export function useQueuedDecisions(queue: DecisionQueue): readonly QueuedDecision[] {
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot);
}
