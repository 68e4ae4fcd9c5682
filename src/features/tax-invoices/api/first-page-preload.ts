import { routePaths } from '../../../config/route-paths';
import { preloadWhenSignedIn, takePreloaded } from '../../../lib/concur/preload-when-signed-in';
import { parseQueueSearch } from '../queue/queue-search';
import type { TaxInvoicePage } from './tax-invoice-schemas';
import { fetchTaxInvoicePage, type TaxInvoiceListParams } from './tax-invoice-requests';

const keyOf = (params: TaxInvoiceListParams) => `tax-invoices:${JSON.stringify([params.modifiedAfter ?? '', params.offset ?? '', params.limit])}`;

/** Opening the queue starts asking Concur for the page in the address bar while the screen's code loads. */
export function preloadQueuePage(location: Pick<Location, 'pathname' | 'search'> = window.location): void {
  if (!location.pathname.startsWith(routePaths.taxInvoices)) return;
  const { search, invalidModifiedAfter } = parseQueueSearch(new URLSearchParams(location.search));
  if (invalidModifiedAfter) return;
  const params = { modifiedAfter: search.modifiedAfter, offset: search.offset, limit: search.limit };
  preloadWhenSignedIn(keyOf(params), () => fetchTaxInvoicePage(params));
}

/** The preloaded page for these parameters and this user, once (it may reject); undefined when there is none. */
export const takePreloadedQueuePage = (params: TaxInvoiceListParams): Promise<TaxInvoicePage> | undefined =>
  takePreloaded<TaxInvoicePage>(keyOf(params));
