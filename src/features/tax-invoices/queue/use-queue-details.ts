import { useMemo } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { taxInvoiceDetailOptions } from '../api/tax-invoice-queries';
import type { TaxInvoiceDetail } from '../api/tax-invoice-schemas';

/** Rows past the last one on screen whose details load ahead, so scrolling and `j` find them ready. */
export const LOOKAHEAD_ROWS = 5;

export interface RowDetail {
  data?: TaxInvoiceDetail;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
}

/** Module-level, so TanStack Query hands back the same array while no detail changed (rows can then skip rendering). */
function pickDetails(results: UseQueryResult<TaxInvoiceDetail>[]): RowDetail[] {
  return results.map((result) => ({ data: result.data, isError: result.isError, error: result.error, isFetching: result.isFetching }));
}

/**
 * Each invoice needs its own GET: only the rows in `[first, last + LOOKAHEAD_ROWS]` (and `always`, e.g. the selected
 * one) are fetched, never the whole queue. Rows outside still show what the cache already holds.
 */
export function useQueueDetails(ids: readonly string[], first: number, last: number, always: ReadonlySet<string>): ReadonlyMap<string, RowDetail> {
  const details = useQueries({
    queries: ids.map((id, index) => ({
      ...taxInvoiceDetailOptions(id),
      enabled: always.has(id) || (index >= first && index <= last + LOOKAHEAD_ROWS),
      // A row appearing for an invoice whose GET already failed (e.g. the open one's 404) does not ask Concur again;
      // the detail pane's Retry does.
      retryOnMount: false,
    })),
    combine: pickDetails,
  });
  return useMemo(() => new Map(details.map((detail, index) => [ids[index] as string, detail])), [details, ids]);
}
