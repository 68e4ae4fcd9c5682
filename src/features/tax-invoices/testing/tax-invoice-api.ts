import { http, HttpResponse } from 'msw';
import { server } from '../../../testing/msw-server';
import { cfdiXml } from './cfdi-fixture';

export interface FakeInvoice {
  ID: string;
  ConcurReceiptID: string;
  AccountID: string;
  DocumentID: string;
  ReceiptData: string;
  Status?: string | null;
  Comment?: string;
  LastModifiedDate?: string;
}

const ISSUERS = ['Hotel Fiesta Americana Reforma', 'Restaurante El Cardenal', 'Aeroméxico', 'Taxis Sitio 300', 'Gasolinera Pemex Insurgentes'];

/** Invoices shaped like Concur's (ids with `$`), with the sandbox's Status/Comment/LastModifiedDate unless told otherwise. */
export function fakeInvoices(count: number, { extension = true } = {}): FakeInvoice[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const invoice: FakeInvoice = {
      ID: `gWt${n}$pQ${n}x`,
      ConcurReceiptID: String(1_500_000_000 + n),
      AccountID: 'NOACCTID',
      DocumentID: `DOC${String(n).padStart(6, '0')}`,
      ReceiptData: cfdiXml({ issuer: ISSUERS[index % ISSUERS.length], total: `${100 + n}.00`, uuid: `5C3A1B2D-4E5F-4A6B-8C7D-${String(n).padStart(12, '0')}` }),
    };
    if (extension) Object.assign(invoice, { Status: null, Comment: '', LastModifiedDate: '2026-11-20T10:00:00' });
    return invoice;
  });
}

const BASE = '/api/v3.0/expense/digitaltaxinvoices';

export interface RecordedPut {
  id: string;
  body: { Status: string; Comment: string };
  /** Sent with `keepalive` (to outlive the page). */
  keepalive: boolean;
}

/**
 * The Concur tax invoice API over `invoices` (paged by an opaque cursor, `limit` per page), at the HTTP boundary. PUTs
 * update the invoices (and are recorded); `failPut` makes the next PUTs for an id answer 500.
 */
export function serveTaxInvoices(invoices: FakeInvoice[]) {
  const puts: RecordedPut[] = [];
  const detailGets: string[] = [];
  const listQueries: URLSearchParams[] = [];
  const failures = new Map<string, number>();
  const byId = (id: string) => invoices.find((invoice) => invoice.ID === id);

  server.use(
    http.get(BASE, ({ request }) => {
      const url = new URL(request.url);
      listQueries.push(url.searchParams);
      const limit = Number(url.searchParams.get('limit') ?? 25);
      const start = Number(url.searchParams.get('offset')?.replace('cur', '') ?? 0);
      const page = invoices.slice(start, start + limit);
      const next = start + limit < invoices.length ? `${url.origin}${BASE}?limit=${limit}&offset=cur${start + limit}` : null;
      return HttpResponse.json({ Items: page.map(({ ID, ConcurReceiptID }) => ({ ID, URI: `${url.origin}${BASE}/${ID}`, ConcurReceiptID })), NextPage: next });
    }),
    http.get(`${BASE}/:id`, ({ params }) => {
      const id = String(params.id);
      detailGets.push(id);
      const invoice = byId(id);
      if (!invoice) return HttpResponse.json({ Error: { Message: 'Not found', Id: 'corr-404' } }, { status: 404 });
      return HttpResponse.json(invoice);
    }),
    http.put(`${BASE}/:id`, async ({ params, request }) => {
      const id = String(params.id);
      const body = (await request.json()) as RecordedPut['body'];
      puts.push({ id, body, keepalive: request.keepalive });
      const left = failures.get(id) ?? 0;
      if (left > 0) {
        failures.set(id, left - 1);
        return HttpResponse.json({ Error: { Message: 'Injected failure', Id: 'corr-500' } }, { status: 500, headers: { 'concur-correlationid': 'corr-500' } });
      }
      const invoice = byId(id);
      if (invoice) Object.assign(invoice, { Status: body.Status, Comment: body.Comment, LastModifiedDate: '2026-11-28T12:00:00' });
      return new HttpResponse(null, { status: 200 });
    }),
  );
  return {
    puts,
    detailGets,
    listQueries,
    failPut: (id: string, times = 1) => failures.set(id, times),
    change: (id: string, patch: Partial<FakeInvoice>) => Object.assign(byId(id) ?? {}, patch),
  };
}
