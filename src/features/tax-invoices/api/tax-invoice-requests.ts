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
