import type { QueryClient } from '@tanstack/react-query';
import { getSessionState, subscribeToSession } from '../../../lib/auth/session-store';
import { DecisionQueue, type QueuedDecision } from './decision-queue';
import { loadSessionLog, saveSessionLog } from './session-log-storage';

/** How long a decision can be undone before it is sent. Tests shorten it. */
export const decisionQueueDefaults = { windowMs: 5000 };

const queues = new WeakMap<QueryClient, Map<string, DecisionQueue>>();

function dropQueues(byUser: Map<string, DecisionQueue>, keep?: string): void {
  for (const [userId, queue] of byUser) {
    if (userId === keep) continue;
    queue.dispose();
    byUser.delete(userId);
  }
}

/**
 * One decision queue per signed-in user and QueryClient, kept while the app runs so that leaving the tax invoices page
 * and coming back finds the same session. Signing out (or another user signing in) drops it, with its timers.
 */
export function decisionQueueFor(queryClient: QueryClient, userId: string, onUnattendedProblem: (decision: QueuedDecision) => void): DecisionQueue {
  let byUser = queues.get(queryClient);
  if (!byUser) {
    const created = new Map<string, DecisionQueue>();
    byUser = created;
    queues.set(queryClient, created);
    subscribeToSession(() => {
      const state = getSessionState();
      // Nobody signed in (signed out, or this tab's session was wiped): no one to send for. An expired session keeps
      // them, to be retried after signing in again.
      if (state.status === 'signed-out' && state.reason !== 'expired') dropQueues(created);
      if (state.status === 'signed-in') dropQueues(created, state.session.user.id);
    });
  }
  let queue = byUser.get(userId);
  if (!queue) {
    queue = new DecisionQueue(
      { queryClient, windowMs: decisionQueueDefaults.windowMs, onUnattendedProblem, onChange: (decisions) => saveSessionLog(userId, decisions) },
      loadSessionLog(userId),
    );
    byUser.set(userId, queue);
  }
  return queue;
}
