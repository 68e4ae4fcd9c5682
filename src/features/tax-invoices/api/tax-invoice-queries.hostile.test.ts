import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConcurError } from '../../../lib/concur/concur-error';
import { recordRequests, server } from '../../../testing/msw-server';
import { answer, failureOf } from '../../../testing/hostile-answers';
import { signIn } from '../../../testing/sessions';
import { putDecision } from './put-decision';
import { fetchTaxInvoice, fetchTaxInvoicePage } from './tax-invoice-requests';

const BASE = '/api/v3.0/expense/digitaltaxinvoices';
const DETAIL = { ID: 'gWt1$pQ1x', ConcurReceiptID: '1500000001', AccountID: 'NOACCTID', DocumentID: 'DOC1', ReceiptData: '<cfdi:Comprobante/>', Status: null, Comment: '', LastModifiedDate: '2026-11-20T10:00:00' };

beforeEach(() => signIn());

describe('tax invoice list and detail: answers that are not what Concur documents', () => {
  it.each([
    ['an HTML error page', answer('<html><body>Service Unavailable</body></html>', 'text/html')],
    ['XML', answer('<DigitalTaxInvoices><Items/></DigitalTaxInvoices>', 'text/xml')],
    ['truncated JSON', answer('{"Items":[')],
    ['Items as an object', answer('{"Items":{"ID":"a"},"NextPage":null}')],
    ['an item without an ID', answer('{"Items":[{"ConcurReceiptID":"1"}],"NextPage":null}')],
    ['a receipt id that is a number', answer('{"Items":[{"ID":"a","ConcurReceiptID":1500000001}],"NextPage":null}')],
  ])('a list page with %s is an invalid-response error', async (_label, resolver) => {
    server.use(http.get(BASE, resolver));
    const error = await failureOf(fetchTaxInvoicePage({ limit: 25 }));
    expect(error).toBeInstanceOf(ConcurError);
    expect(error).toMatchObject({ kind: 'invalid-response' });
  });

  it.each([
    ['an HTML page', answer('<!doctype html><title>Login</title>', 'text/html')],
    ['truncated JSON', answer('{"ID":"gWt1$pQ1x","ReceiptData":"<cfdi')],
    ['ReceiptData as an object', answer('{"ID":"gWt1$pQ1x","ReceiptData":{"xml":"<a/>"}}')],
    ['Status as a number', answer('{"ID":"gWt1$pQ1x","Status":1}')],
    ['an array', answer('[{"ID":"gWt1$pQ1x"}]')],
  ])('a detail with %s is an invalid-response error', async (_label, resolver) => {
    server.use(http.get(`${BASE}/:id`, resolver));
    expect(await failureOf(fetchTaxInvoice('gWt1$pQ1x'))).toMatchObject({ kind: 'invalid-response' });
  });

  it('keeps only documented fields of a detail, and reads missing ones as unknown', async () => {
    server.use(http.get(`${BASE}/:id`, () => HttpResponse.json({ ID: 'gWt1$pQ1x', ReceiptData: '<a/>', Html: '<script>x</script>', Owner: { admin: true } })));
    expect(await fetchTaxInvoice('gWt1$pQ1x')).toEqual({ ID: 'gWt1$pQ1x', ReceiptData: '<a/>' });
  });

  it('an empty queue may come back as Items: null', async () => {
    server.use(http.get(BASE, () => HttpResponse.json({ Items: null })));
    expect(await fetchTaxInvoicePage({ limit: 25 })).toEqual({ Items: [], NextPage: null });
  });
});

describe('tax invoice ids that could change the path', () => {
  it.each([
    ['a $', 'gWt1$pQ1x', `${BASE}/gWt1%24pQ1x`],
    ['a slash and dot segments', '../../auth/logout', `${BASE}/..%2F..%2Fauth%2Flogout`],
    ['an encoded slash', 'a%2Fb', `${BASE}/a%252Fb`],
    ['a query', 'a?Status=VALID', `${BASE}/a%3FStatus%3DVALID`],
  ])('an id with %s stays one encoded segment, for the GET and for the PUT of a decision', async (_label, id, path) => {
    const seen = recordRequests();
    server.use(
      http.get(`${BASE}/:id`, () => HttpResponse.json(DETAIL)),
      http.put(`${BASE}/:id`, () => new HttpResponse(null, { status: 204 })),
    );
    await fetchTaxInvoice(id);
    await putDecision(id, { Status: 'INVLD', Comment: '<b>x</b>' });
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${path}`, `PUT ${path}`]);
  });

  it.each(['..', '.'])('an id that is a dot segment (%s) is refused before a decision is sent', async (id) => {
    const seen = recordRequests();
    await expect(putDecision(id, { Status: 'VALID', Comment: '' })).rejects.toThrow(/Not a Concur API path/);
    expect(seen).toEqual([]);
  });

  it('sends a modified-after filter and a cursor only as query values', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(BASE, ({ request }) => {
        seen.push(new URL(request.url));
        return HttpResponse.json({ Items: [], NextPage: null });
      }),
    );
    await fetchTaxInvoicePage({ limit: 25, offset: '/../../auth?x=1&y=%2F', modifiedAfter: "2026-01-01T00:00:00' OR 1=1" });
    expect(seen[0]?.pathname).toBe(BASE);
    expect(seen[0]?.searchParams.get('offset')).toBe('/../../auth?x=1&y=%2F');
    expect(seen[0]?.searchParams.get('modifiedafter')).toBe("2026-01-01T00:00:00' OR 1=1");
  });
});
