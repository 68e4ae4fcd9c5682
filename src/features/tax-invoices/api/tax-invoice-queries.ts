import { queryOptions } from '@tanstack/react-query';
import { concurRequest } from '../../../lib/concur/concur-client';
import { offsetFromNextPage } from '../../../lib/concur/next-page';
import { taxInvoiceDetailSchema, taxInvoicePageSchema, type TaxInvoiceDetail, type TaxInvoicePage } from './tax-invoice-schemas';

const LIST_PATH = '/expense/digitaltaxinvoices';

export interface TaxInvoiceListParams {
  /** `YYYY-MM-DDTHH:mm:ss`, UTC. */
  modifiedAfter?: string;
  /** The opaque cursor from the previous page's `NextPage`; undefined for the first page. */
  offset?: string;
  limit: number;
}

export const taxInvoicePath = (id: string) => `${LIST_PATH}/${encodeURIComponent(id)}`;

export const taxInvoiceKeys = {
  all: ['tax-invoices'] as const,
  lists: () => [...taxInvoiceKeys.all, 'list'] as const,
  list: (params: TaxInvoiceListParams) => [...taxInvoiceKeys.lists(), params] as const,
  details: () => [...taxInvoiceKeys.all, 'detail'] as const,
  detail: (id: string) => [...taxInvoiceKeys.details(), id] as const,
};

/** One page of the queue. A `NextPage` on a host that is not Concur's fails the query here, not while rendering. */
export async function fetchTaxInvoicePage(params: TaxInvoiceListParams, signal?: AbortSignal): Promise<TaxInvoicePage> {
  const page = await concurRequest({
    path: LIST_PATH,
    query: { limit: params.limit, offset: params.offset, modifiedafter: params.modifiedAfter },
    schema: taxInvoicePageSchema,
    signal,
  });
  offsetFromNextPage(page.NextPage);
  return page;
}

/** Always a fresh GET (the conflict check uses it directly, bypassing the cache). */
export function fetchTaxInvoice(id: string, signal?: AbortSignal): Promise<TaxInvoiceDetail> {
  return concurRequest({ path: taxInvoicePath(id), schema: taxInvoiceDetailSchema, signal });
}

export const taxInvoiceListOptions = (params: TaxInvoiceListParams) =>
  queryOptions({
    queryKey: taxInvoiceKeys.list(params),
    queryFn: ({ signal }) => fetchTaxInvoicePage(params, signal),
  });

export const taxInvoiceDetailOptions = (id: string) =>
  queryOptions({
    queryKey: taxInvoiceKeys.detail(id),
    queryFn: ({ signal }) => fetchTaxInvoice(id, signal),
    // A missing detail in a row of the queue must not take the whole page to the error boundary.
    throwOnError: false,
  });
