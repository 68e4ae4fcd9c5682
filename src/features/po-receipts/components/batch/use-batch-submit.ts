import { useEffect, useRef, useState, type Dispatch } from 'react';
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { whenOnline } from '../../../../components/online-status';
import { isConcurError } from '../../../../lib/concur/concur-error';
import { receiptKeys } from '../../api/receipt-queries';
import { putReceipt } from '../../api/receipts-api';
import { isSuccess } from '../../api/use-receipt-mutations';
import type { BatchAction, BatchRow, RowFailure } from '../../model/batch-state';
import { readFailure } from '../../model/concur-failure';
import type { ReceiptBody } from '../../model/receipt-rules';
import { validateRow, type ReceiptSchema } from '../../model/validate-row';

/** Receipts on their way at once: fast for a hundred rows, gentle on Concur's rate limits. */
export const BATCH_CONCURRENCY = 4;

export interface BatchRun {
  total: number;
  done: number;
  cancelling: boolean;
}

function requestFailure(error: unknown): RowFailure {
  if (!isConcurError(error)) return { kind: 'request', errorKind: 'unknown', status: undefined, message: String(error), correlationId: undefined };
  return { kind: 'request', errorKind: error.kind, status: error.status, message: error.message, correlationId: error.correlationId };
}

/**
 * Sends rows, at most BATCH_CONCURRENCY at a time, each result landing on its row. Rows that break the rules are marked
 * and not sent. Cancel stops starting new rows; the few already on their way finish, so every row's state is known.
 */
export function useBatchSubmit(rows: BatchRow[], dispatch: Dispatch<BatchAction>, schema: ReceiptSchema) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BatchRun | null>(null);
  const running = useRef(false);
  const cancelled = useRef(false);
  // Ends the wait for the connection on Cancel or when the screen goes away.
  const stopWaiting = useRef<AbortController | null>(null);
  const latestRows = useRef(rows);
  useEffect(() => {
    latestRows.current = rows;
  });
  useEffect(
    () => () => {
      cancelled.current = true;
      stopWaiting.current?.abort();
    },
    [],
  );

  const send = async (ids: readonly string[]) => {
    if (running.current) return;
    running.current = true;
    cancelled.current = false;
    const queue: { id: string; body: ReceiptBody }[] = [];
    for (const row of latestRows.current.filter((candidate) => ids.includes(candidate.id))) {
      const checked = validateRow(schema, row.text);
      if (checked.problems) dispatch({ type: 'failed', id: row.id, failure: { kind: 'invalid' } });
      else queue.push({ id: row.id, body: checked.body });
    }
    let next = 0;
    let done = 0;
    setRun({ total: queue.length, done, cancelling: false });
    stopWaiting.current = new AbortController();
    const { signal } = stopWaiting.current;
    const worker = async () => {
      while (!cancelled.current && next < queue.length) {
        // Offline, rows wait instead of failing one after another; each still goes exactly once.
        if (!onlineManager.isOnline() && !(await whenOnline(signal))) return;
        if (cancelled.current || next >= queue.length) return;
        const item = queue[next] as (typeof queue)[number];
        next += 1;
        dispatch({ type: 'sending', id: item.id });
        try {
          const result = await putReceipt(item.body);
          if (isSuccess(result.Status)) dispatch({ type: 'saved', id: item.id });
          else dispatch({ type: 'failed', id: item.id, failure: { kind: 'concur', ...readFailure(result) } });
        } catch (error) {
          dispatch({ type: 'failed', id: item.id, failure: requestFailure(error) });
        }
        done += 1;
        setRun((current) => current && { ...current, done });
      }
    };
    try {
      await Promise.all(Array.from({ length: BATCH_CONCURRENCY }, worker));
    } finally {
      running.current = false;
      setRun(null);
      for (const po of new Set(queue.map((item) => item.body.PurchaseOrderNumber))) {
        void queryClient.invalidateQueries({ queryKey: receiptKeys.list({ purchaseOrderNumber: po }) });
      }
    }
  };

  const cancel = () => {
    cancelled.current = true;
    stopWaiting.current?.abort();
    setRun((current) => current && { ...current, cancelling: true });
  };

  return { run, send: (ids: readonly string[]) => void send(ids), cancel };
}
