import { queryOptions } from '@tanstack/react-query';
import { takePreloadedQueuePage } from './first-page-preload';
import { fetchTaxInvoice, fetchTaxInvoicePage, type TaxInvoiceListParams } from './tax-invoice-requests';

export const taxInvoiceKeys = {
  all: ['tax-invoices'] as const,
  lists: () => [...taxInvoiceKeys.all, 'list'] as const,
  list: (params: TaxInvoiceListParams) => [...taxInvoiceKeys.lists(), params] as const,
  details: () => [...taxInvoiceKeys.all, 'detail'] as const,
  detail: (id: string) => [...taxInvoiceKeys.details(), id] as const,
};

export const taxInvoiceListOptions = (params: TaxInvoiceListParams) =>
  queryOptions({
    queryKey: taxInvoiceKeys.list(params),
    queryFn: ({ signal }) => takePreloadedQueuePage(params) ?? fetchTaxInvoicePage(params, signal),
  });

export const taxInvoiceDetailOptions = (id: string) =>
  queryOptions({
    queryKey: taxInvoiceKeys.detail(id),
    queryFn: ({ signal }) => fetchTaxInvoice(id, signal),
    // A missing detail in a row of the queue must not take the whole page to the error boundary.
    throwOnError: false,
  });
