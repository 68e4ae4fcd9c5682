import { concurJsonAs } from '../support/concur-direct';
import { USERS } from '../support/env';
import { sandbox } from '../support/sandbox';

/** Reads and writes tax invoices straight at the sandbox, as a validation partner's back end would (support/concur-direct.ts). */
const api = <T>(path: string, init: RequestInit = {}) => concurJsonAs<T>(USERS.finance, `/api/v3.0/expense/digitaltaxinvoices${path}`, init);

export interface ListedInvoice {
  ID: string;
  ConcurReceiptID: string;
}

export interface InvoiceDetail extends ListedInvoice {
  Status: string | null;
  Comment: string;
  LastModifiedDate: string;
  ReceiptData: string;
}

/** Page `n` (1-based) of the unfiltered queue: its items and the cursor that opens it. */
export async function queuePage(n: number, limit = 25): Promise<{ items: ListedInvoice[]; offset: string | undefined }> {
  let offset: string | undefined;
  for (let page = 1; ; page += 1) {
    const query = new URLSearchParams({ limit: String(limit), ...(offset ? { offset } : {}) });
    const body = await api<{ Items: ListedInvoice[]; NextPage: string | null }>(`?${query.toString()}`);
    if (page === n) return { items: body.Items, offset };
    offset = body.NextPage ? (new URL(body.NextPage).searchParams.get('offset') ?? undefined) : undefined;
    if (!offset) throw new Error(`the queue has no page ${n}`);
  }
}

export const getInvoice = (id: string) => api<InvoiceDetail>(`/${encodeURIComponent(id)}`);

export const putInvoice = (id: string, body: { Status: string; Comment: string }) =>
  api<unknown>(`/${encodeURIComponent(id)}`, { method: 'PUT', body: JSON.stringify(body) });

/** How many PUTs reached this invoice (the sandbox counts them per entity; other specs never touch these ids). */
export async function writesTo(id: string): Promise<number> {
  return (await sandbox.writes()).byEntity[`expense/digitaltaxinvoices/${id}`] ?? 0;
}

/** A 500 for the next PUT on this invoice only. */
export const failNextPut = (id: string) =>
  sandbox.addFault({ method: 'PUT', path: `/api/v3.0/expense/digitaltaxinvoices/${id}`, status: 500, times: 1 });

/** The console's address of an invoice on page `page` of the queue. */
export function invoicePath(id: string, page: number, offset: string | undefined): string {
  const query = offset ? `?${new URLSearchParams({ offset, page: String(page) }).toString()}` : '';
  return `/tax-invoices/${encodeURIComponent(id)}${query}`;
}
