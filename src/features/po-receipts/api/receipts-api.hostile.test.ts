import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConcurError } from '../../../lib/concur/concur-error';
import { recordRequests, server } from '../../../testing/msw-server';
import { answer, failureOf } from '../../../testing/hostile-answers';
import { signIn } from '../../../testing/sessions';
import type { ReceiptBody } from '../model/receipt-rules';
import { deleteReceipt, fetchReceiptsForPo, putReceipt } from './receipts-api';

const PATH = '/api/v3.0/invoice/purchaseorderreceipts';
const RECEIPT = { PurchaseOrderNumber: 'PO-1', LineItemExternalID: '0004', GoodsReceiptNumber: 'GR-1', ReceivedQuantity: '1' };
const BODY: ReceiptBody = { PurchaseOrderNumber: 'PO-1', LineItemExternalID: '0004', GoodsReceiptNumber: 'GR-1', Version: '2.0' };

const list = (po = 'PO-1') => fetchReceiptsForPo(po, new AbortController().signal);

beforeEach(() => signIn({ scopes: ['openid', 'INVPO'] }));

describe('receipts of a PO: answers that are not what Concur documents', () => {
  it.each([
    ['an HTML page', answer('<html><body><h1>Sign in</h1></body></html>', 'text/html')],
    ['XML', answer('<PurchaseOrderReceipts><Items/></PurchaseOrderReceipts>', 'application/xml')],
    ['truncated JSON', answer('{"Items":[{"PurchaseOrderNumber":"PO-1"')],
    ['a quantity that is a number', answer('{"Items":[{"PurchaseOrderNumber":"PO-1","LineItemExternalID":"0004","ReceivedQuantity":1}]}')],
    ['a receipt without its line', answer('{"Items":[{"PurchaseOrderNumber":"PO-1"}]}')],
    ['no Items at all', answer('{"TotalCount":0}')],
    ['TotalCount as text', answer('{"Items":[],"TotalCount":"0"}')],
  ])('%s is an invalid-response error', async (_label, resolver) => {
    server.use(http.get(PATH, resolver));
    const error = await failureOf(list());
    expect(error).toBeInstanceOf(ConcurError);
    expect(error).toMatchObject({ kind: 'invalid-response' });
  });

  it('keeps only documented fields', async () => {
    server.use(http.get(PATH, () => HttpResponse.json({ Items: [{ ...RECEIPT, Script: '<script>x</script>', Nested: { a: 1 } }], NextPage: null, Debug: true })));
    expect(await list()).toEqual([RECEIPT]);
  });

  it.each(['https://evil.example/api/v3.0/invoice/purchaseorderreceipts?offset=2', '//evil.example/x?offset=2', 'data:text/html,<script>x</script>?offset=2'])(
    'a NextPage on another host (%s) fails the lookup and is never followed',
    async (nextPage) => {
      const seen = recordRequests();
      server.use(http.get(PATH, () => HttpResponse.json({ Items: [RECEIPT], NextPage: nextPage })));
      expect(await failureOf(list())).toMatchObject({ kind: 'invalid-response' });
      expect(seen.map((request) => request.path)).toEqual([PATH]);
    },
  );

  it('a NextPage that hands back the same cursor again stops instead of looping', async () => {
    let calls = 0;
    server.use(
      http.get(PATH, () => {
        calls += 1;
        return HttpResponse.json({ Items: [RECEIPT], NextPage: `${window.location.origin}${PATH}?offset=same` });
      }),
    );
    await expect(list()).rejects.toThrow(/same NextPage twice/);
    expect(calls).toBe(2);
  });

  it.each(['PO/../../auth/logout', 'PO%2F1', 'PO$1', "PO-1' OR '1'='1", 'PO-1&purchaseOrderNumber=PO-2', '١٢٣'])('the PO number %j goes as one query value only', async (po) => {
    const seen: URL[] = [];
    server.use(
      http.get(PATH, ({ request }) => {
        seen.push(new URL(request.url));
        return HttpResponse.json({ Items: [], NextPage: null });
      }),
    );
    await list(po);
    expect(seen[0]?.pathname).toBe(PATH);
    expect(seen[0]?.searchParams.getAll('purchaseOrderNumber')).toEqual([po]);
  });

  it('a delete sends the key fields as query values only', async () => {
    const seen: URL[] = [];
    server.use(
      http.delete(PATH, ({ request }) => {
        seen.push(new URL(request.url));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await deleteReceipt({ purchaseOrderNumber: 'PO/../x', lineItemExternalId: '0004%2F', goodsReceiptNumber: 'GR$1&x=y' });
    expect(seen[0]?.pathname).toBe(PATH);
    expect(Object.fromEntries(seen[0]?.searchParams ?? [])).toEqual({ purchaseOrderNumber: 'PO/../x', lineItemExternalID: '0004%2F', goodsReceiptNumber: 'GR$1&x=y' });
  });
});

describe('the result of saving a receipt', () => {
  it.each([
    ['an HTML page', answer('<html>Gateway Timeout</html>', 'text/html')],
    ['truncated JSON', answer('{"Status":"SUCC')],
    ['no Status', answer('{"Message":"Saved."}')],
    ['Status as a boolean', answer('{"Status":true}')],
    ['an empty body', () => new HttpResponse(null, { status: 200 })],
  ])('%s is an invalid-response error, never a success', async (_label, resolver) => {
    server.use(http.put(PATH, resolver));
    expect(await failureOf(putReceipt(BODY))).toMatchObject({ kind: 'invalid-response' });
  });

  it('reads a numeric ErrorCode and drops undocumented fields', async () => {
    server.use(http.put(PATH, () => HttpResponse.json({ Status: 'FAILURE', ErrorCode: 1003, FieldCode: 'LineItem|ReceivedQuantity', Redirect: 'https://evil.example' })));
    expect(await putReceipt(BODY)).toEqual({ Status: 'FAILURE', ErrorCode: 1003, FieldCode: 'LineItem|ReceivedQuantity' });
  });
});
