import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotifications } from '../../../components/notifications-context';
import { useI18n } from '../../../i18n/i18n-context';
import { useSignedInSession } from '../../../lib/auth/signed-in-session';
import { decisionDrafts } from '../decisions/decision-drafts';
import type { DecisionQueue, NewDecision, QueuedDecision } from '../decisions/decision-queue';
import { invoicePath, queuePath, type QueueSearch } from '../queue/queue-search';

interface ReviewActionsInput {
  queue: DecisionQueue;
  search: QueueSearch;
  currentId: string | undefined;
  navigation: { goNext: () => Promise<'moved' | 'end'>; goPrevious: () => Promise<'moved' | 'end'> };
}

/** What the page does with decisions and the address: move, undo, drop, and send what is pending when leaving. */
export function useReviewActions({ queue, search, currentId, navigation }: ReviewActionsInput) {
  const { t } = useI18n();
  const { user } = useSignedInSession();
  const notify = useNotifications();
  const navigate = useNavigate();
  // Bumped when a decision comes back to the open invoice's form (Undo, Don't send), so the form reloads it.
  const [restoreCount, setRestoreCount] = useState(0);

  // With auto-advance, a decision joins the queue once the next invoice has been painted: its toast, the row's new
  // status and the session log render right after it instead of holding it up.
  const pending = useRef<NewDecision[]>([]);
  const schedulePending = useCallback(() => {
    for (const decision of pending.current.splice(0)) queue.schedule(decision);
  }, [queue]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(schedulePending, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [currentId, schedulePending]);

  useEffect(() => {
    // Leaving the page sends what is still held back: checked first on an in-app route change, at once on pagehide.
    const onPageHide = () => {
      schedulePending();
      queue.flushAll({ check: false, pageHides: true });
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      schedulePending();
      queue.flushAll({ check: true });
    };
  }, [queue, schedulePending]);

  const keepAsDraft = (decision: QueuedDecision) => {
    decisionDrafts.save(user.id, decision.invoiceId, { status: decision.status, comment: decision.comment });
    setRestoreCount((count) => count + 1);
  };

  const step = (direction: 'next' | 'previous') =>
    void (direction === 'next' ? navigation.goNext() : navigation.goPrevious()).then((result) => {
      if (result === 'end') notify({ severity: 'info', message: direction === 'next' ? t('taxInvoices.flow.endOfQueue') : t('taxInvoices.flow.startOfQueue') });
    });

  /** After an undo nothing is sent, and the admin is back on the invoice with the decision in its form. */
  const backToUndone = (decision: QueuedDecision) => {
    keepAsDraft(decision);
    void navigate(invoicePath(decision.invoiceId, search));
  };

  const undo = (decision: QueuedDecision) => {
    if (queue.undo(decision.key)) backToUndone(decision);
  };

  const undoLatest = () => {
    schedulePending();
    const undone = queue.undoLatest();
    if (undone) backToUndone(undone);
    else notify({ severity: 'info', message: t('taxInvoices.undo.nothing') });
  };

  /** Save decision: held back for the undo window; with auto-advance the next invoice opens first. */
  const decide = (decision: NewDecision, advance: boolean) => {
    if (!advance) {
      queue.schedule(decision);
      return;
    }
    pending.current.push(decision);
    void navigation.goNext().then(
      (result) => {
        if (result === 'end') {
          schedulePending();
          notify({ severity: 'info', message: t('taxInvoices.flow.endOfQueue') });
        }
      },
      () => schedulePending(),
    );
  };

  /** "Don't send" or Dismiss: dropped, and kept as that invoice's draft. */
  const drop = (decision: QueuedDecision) => {
    queue.cancel(decision.key);
    keepAsDraft(decision);
  };

  // Read when called, so `go` stays the same function while the admin moves between invoices (memoized parts skip).
  const openId = useRef(currentId);
  useEffect(() => {
    openId.current = currentId;
  }, [currentId]);
  const go = useCallback((to: QueueSearch) => void navigate(openId.current ? invoicePath(openId.current, to) : queuePath(to)), [navigate]);

  return {
    restoreCount,
    step,
    decide,
    undo,
    undoLatest,
    drop,
    open: (decision: QueuedDecision) => void navigate(invoicePath(decision.invoiceId, search)),
    go,
  };
}
