import { beforeAll, describe, expect, it } from 'vitest';
import { contractFor, type PurchaseOrderReceiptResult, type ReceiptsCollection } from './contract-schemas';
import { expectConcurError, expectJson, expectXml } from './assertions';
import { AP_CLERK, PATHS, TRAVEL_MANAGER, useSandbox, withQuery, type ApiResponse } from './harness';

const sandbox = useSandbox();
const json = () => contractFor(sandbox.url, 'json');
const xml = () => contractFor(sandbox.url, 'xml');
let token = '';

interface Line {
  po: string;
  line: string;
}
interface StoredReceipt {
  po_number: string;
  line_external_id: string;
  goods_receipt_number: string;
}

let wamt: Line;
let wqty: Line;

beforeAll(async () => {
  token = await sandbox.passwordToken(AP_CLERK);
  const pick = (type: string): Line => {
    const row = sandbox.db.prepare('SELECT po_number AS po, external_id AS line FROM po_lines WHERE receipt_type = ? ORDER BY po_number, external_id LIMIT 1').get(type) as
      | Line
      | undefined;
    if (!row) throw new Error(`the seed has no ${type} line`);
    return row;
  };
  wamt = pick('WAMT');
  wqty = pick('WQTY');
});

let grnCounter = 0;
/** A goods receipt number no seeded receipt uses. */
const newGrn = () => `GR-CT-${process.pid}-${++grnCounter}`;

function receiptBody(line: Line, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    PurchaseOrderNumber: line.po,
    LineItemExternalID: line.line,
    GoodsReceiptNumber: newGrn(),
    IsReceived: 'Y',
    ReceivedDate: '2026-01-15',
    DeliverySlipNumber: 'DS-CT-1',
    UnitOfMeasureCode: 'EA',
    Version: '2.0',
    ...extra,
  };
}

const send = (method: 'PUT' | 'POST', body: unknown) => sandbox.api(PATHS.poReceipts, { method, token, body });
const result = (response: ApiResponse): PurchaseOrderReceiptResult => expectJson(response, json().PurchaseOrderReceiptResult);
const receipts = async (query: Record<string, string>): Promise<ReceiptsCollection> =>
  expectJson(await sandbox.api(withQuery(PATHS.poReceipts, query), { token }), json().ReceiptsCollection);
const storedWithGrn = (grn: string) =>
  (sandbox.db.prepare("SELECT count(*) AS n FROM po_receipts WHERE goods_receipt_number = ? AND deleted = 'false'").get(grn) as { n: number }).n;

describe('PUT and POST /invoice/purchaseorderreceipts (valid receipts)', () => {
  it.each(['PUT', 'POST'] as const)('%s saves a receipt: 200 Status SUCCESS, then GET returns it', async (method) => {
    const body = receiptBody(wamt, { Custom1: 'Dock 4', DeliverySlipNumber: `DS-${method}` });
    const outcome = result(await send(method, body));
    expect(outcome).toMatchObject({ Status: 'SUCCESS', PurchaseOrderNumber: wamt.po, LineItemExternalID: wamt.line });

    const found = await receipts({ purchaseOrderNumber: wamt.po, goodsReceiptNumber: String(body.GoodsReceiptNumber) });
    expect(found.TotalCount).toBe(1);
    expect(found.Items).toHaveLength(1);
    expect(found.Items[0]).toMatchObject({
      PurchaseOrderNumber: wamt.po,
      LineItemExternalID: wamt.line,
      GoodsReceiptNumber: body.GoodsReceiptNumber,
      DeliverySlipNumber: `DS-${method}`,
      IsReceived: 'Y',
      ReceivedDate: '2026-01-15',
      UnitOfMeasureCode: 'EA',
      Custom1: 'Dock 4',
    });
    expect(found.Info).toBeTruthy();
  });

  it('saves a quantity-based (WQTY) line with a decimal ReceivedQuantity', async () => {
    const body = receiptBody(wqty, { ReceivedQuantity: '14.5' });
    expect(result(await send('POST', body)).Status).toBe('SUCCESS');
    const found = await receipts({ purchaseOrderNumber: wqty.po, goodsReceiptNumber: String(body.GoodsReceiptNumber) });
    expect(found.Items[0]?.ReceivedQuantity).toBe('14.5');
  });

  it("accepts Concur's own example date form '2018-09-15 00:00:00.0' (stored as 2018-09-15) and lower-case y", async () => {
    const body = receiptBody(wamt, { ReceivedDate: '2018-09-15 00:00:00.0', IsReceived: 'y' });
    expect(result(await send('PUT', body)).Status).toBe('SUCCESS');
    const found = await receipts({ goodsReceiptNumber: String(body.GoodsReceiptNumber) });
    expect(found.Items[0]?.ReceivedDate).toBe('2018-09-15');
  });

  it('trims the PO number and line id before matching and storing them', async () => {
    const body = receiptBody(wamt, { PurchaseOrderNumber: `  ${wamt.po} `, LineItemExternalID: ` ${wamt.line}` });
    expect(result(await send('PUT', body))).toMatchObject({ Status: 'SUCCESS', PurchaseOrderNumber: wamt.po, LineItemExternalID: wamt.line });
    const found = await receipts({ goodsReceiptNumber: String(body.GoodsReceiptNumber) });
    expect(found.Items[0]).toMatchObject({ PurchaseOrderNumber: wamt.po, LineItemExternalID: wamt.line });
  });

  it('updates the receipt for the same PO, line and goods receipt number instead of adding another', async () => {
    const body = receiptBody(wamt);
    expect(result(await send('POST', body)).Status).toBe('SUCCESS');
    expect(result(await send('PUT', { ...body, DeliverySlipNumber: 'DS-CT-2', IsReceived: 'N' })).Status).toBe('SUCCESS');
    const found = await receipts({ goodsReceiptNumber: String(body.GoodsReceiptNumber) });
    expect(found.TotalCount).toBe(1);
    expect(found.Items[0]).toMatchObject({ DeliverySlipNumber: 'DS-CT-2', IsReceived: 'N' });
  });

  it('accepts an XML body and answers an XML result (root <Error>, as the .NET SDK maps it)', async () => {
    const grn = newGrn();
    const body =
      `<PurchaseOrderReceipt><PurchaseOrderNumber>${wamt.po}</PurchaseOrderNumber><LineItemExternalID>${wamt.line}</LineItemExternalID>` +
      `<GoodsReceiptNumber>${grn}</GoodsReceiptNumber><IsReceived>Y</IsReceived><ReceivedDate>2026-02-01</ReceivedDate></PurchaseOrderReceipt>`;
    const response = await sandbox.api(PATHS.poReceipts, { method: 'POST', token, body, contentType: 'application/xml', accept: 'xml' });
    expect(expectXml(response, 'Error', xml().PurchaseOrderReceiptResult).Status).toBe('SUCCESS');
    expect(storedWithGrn(grn)).toBe(1);
  });
});

describe('receipt validation: HTTP 200 with Status FAILURE, ErrorCode and FieldCode', () => {
  const cases: [string, string, string, (lines: { wamt: Line; wqty: Line }) => Record<string, unknown>][] = [
    ['an unknown PO', '1000', 'PurchaseOrderNumber', (l) => receiptBody(l.wamt, { PurchaseOrderNumber: 'PO-0000-NOPE' })],
    ['a missing PO', '1000', 'PurchaseOrderNumber', (l) => receiptBody(l.wamt, { PurchaseOrderNumber: undefined })],
    ['an unknown line', '1001', 'LineItemExternalID', (l) => receiptBody(l.wamt, { LineItemExternalID: 'NO-SUCH-LINE' })],
    ['a missing line', '1001', 'LineItemExternalID', (l) => receiptBody(l.wamt, { LineItemExternalID: '' })],
    ['IsReceived "yes"', '1002', 'IsReceived', (l) => receiptBody(l.wamt, { IsReceived: 'yes' })],
    ['ReceivedQuantity "1e3"', '1003', 'ReceivedQuantity', (l) => receiptBody(l.wqty, { ReceivedQuantity: '1e3' })],
    ['ReceivedQuantity "abc"', '1003', 'ReceivedQuantity', (l) => receiptBody(l.wqty, { ReceivedQuantity: 'abc' })],
    ['ReceivedQuantity "-1"', '1003', 'ReceivedQuantity', (l) => receiptBody(l.wqty, { ReceivedQuantity: '-1' })],
    ['ReceivedQuantity "NaN"', '1003', 'ReceivedQuantity', (l) => receiptBody(l.wqty, { ReceivedQuantity: 'NaN' })],
    ['ReceivedQuantity "Infinity"', '1003', 'ReceivedQuantity', (l) => receiptBody(l.wqty, { ReceivedQuantity: 'Infinity' })],
    ['ReceivedQuantity "1,5"', '1003', 'ReceivedQuantity', (l) => receiptBody(l.wqty, { ReceivedQuantity: '1,5' })],
    ['ReceivedQuantity with 5 decimals', '1003', 'ReceivedQuantity', (l) => receiptBody(l.wqty, { ReceivedQuantity: '1.23456' })],
    ['ReceivedQuantity of 13 digits', '1003', 'ReceivedQuantity', (l) => receiptBody(l.wqty, { ReceivedQuantity: '1234567890123' })],
    ['ReceivedDate "2024-02-30"', '1004', 'ReceivedDate', (l) => receiptBody(l.wamt, { ReceivedDate: '2024-02-30' })],
    ['ReceivedDate "15/09/2018"', '1004', 'ReceivedDate', (l) => receiptBody(l.wamt, { ReceivedDate: '15/09/2018' })],
    ['ReceivedDate "2024-2-3"', '1004', 'ReceivedDate', (l) => receiptBody(l.wamt, { ReceivedDate: '2024-2-3' })],
    ['a 10-character UnitOfMeasureCode', '1005', 'UnitOfMeasureCode', (l) => receiptBody(l.wamt, { UnitOfMeasureCode: 'ABCDEFGHIJ' })],
    ['a WQTY line without ReceivedQuantity', '1006', 'ReceivedQuantity', (l) => receiptBody(l.wqty)],
    ['an unknown field', '1007', 'Colour', (l) => receiptBody(l.wamt, { Colour: 'red' })],
    ['a too long GoodsReceiptNumber', '1008', 'GoodsReceiptNumber', (l) => receiptBody(l.wamt, { GoodsReceiptNumber: 'G'.repeat(51) })],
    ['a too long Custom5', '1008', 'Custom5', (l) => receiptBody(l.wamt, { Custom5: 'c'.repeat(49) })],
    ['a number instead of a string', '1009', 'ReceivedQuantity', (l) => receiptBody(l.wqty, { ReceivedQuantity: 14.5 })],
    ['Deleted "maybe"', '1011', 'Deleted', (l) => receiptBody(l.wamt, { Deleted: 'maybe' })],
    ['Version "3.0"', '1011', 'Version', (l) => receiptBody(l.wamt, { Version: '3.0' })],
    ['a version 2.0 receipt without GoodsReceiptNumber', '10010', 'GoodsReceiptNumber', (l) => receiptBody(l.wamt, { GoodsReceiptNumber: undefined })],
    ['a version 1.0 confirmation without IsReceived', '10010', 'IsReceived', (l) => receiptBody(l.wamt, { Version: '1.0', IsReceived: undefined })],
  ];

  it.each(cases)('rejects %s with ErrorCode %s naming %s, and stores nothing', async (_label, code, field, build) => {
    const body = build({ wamt, wqty });
    const before = (sandbox.db.prepare('SELECT count(*) AS n FROM po_receipts').get() as { n: number }).n;
    for (const method of ['PUT', 'POST'] as const) {
      const outcome = result(await send(method, body));
      expect(outcome.Status).toBe('FAILURE');
      if (outcome.Status !== 'FAILURE') continue;
      expect(outcome.ErrorCode).toBe(code);
      expect(outcome.FieldCode.split('|')[1]).toBe(field);
      expect(outcome.Message.length).toBeGreaterThan(0);
    }
    expect((sandbox.db.prepare('SELECT count(*) AS n FROM po_receipts').get() as { n: number }).n).toBe(before);
  });

  it('answers a FAILURE in XML too', async () => {
    const response = await sandbox.api(PATHS.poReceipts, { method: 'PUT', token, body: receiptBody(wamt, { IsReceived: 'maybe' }), accept: 'xml' });
    const outcome = expectXml(response, 'Error', xml().PurchaseOrderReceiptResult);
    expect(outcome).toMatchObject({ Status: 'FAILURE', ErrorCode: '1002' });
  });

  it('leaves an existing receipt unchanged when an update fails', async () => {
    const body = receiptBody(wamt);
    expect(result(await send('PUT', body)).Status).toBe('SUCCESS');
    const before = await receipts({ goodsReceiptNumber: String(body.GoodsReceiptNumber) });
    expect(result(await send('PUT', { ...body, ReceivedDate: '2026-13-01' })).Status).toBe('FAILURE');
    expect(await receipts({ goodsReceiptNumber: String(body.GoodsReceiptNumber) })).toEqual(before);
  });
});

describe('GET /invoice/purchaseorderreceipts', () => {
  it('answers a ReceiptsCollection by purchaseOrderNumber in JSON and XML alike, with TotalCount and Info', async () => {
    const po = (sandbox.db.prepare("SELECT po_number FROM po_receipts WHERE deleted = 'false' GROUP BY po_number HAVING count(*) > 1 LIMIT 1").get() as { po_number: string }).po_number;
    const fromJson = await receipts({ purchaseOrderNumber: po });
    const stored = (sandbox.db.prepare("SELECT count(*) AS n FROM po_receipts WHERE po_number = ? AND deleted = 'false'").get(po) as { n: number }).n;
    expect(fromJson.TotalCount).toBe(stored);
    expect(fromJson.Items).toHaveLength(stored);
    expect(fromJson.Items.every((item) => item.PurchaseOrderNumber === po)).toBe(true);
    const fromXml = expectXml(await sandbox.api(withQuery(PATHS.poReceipts, { purchaseOrderNumber: po }), { token, accept: 'xml' }), 'ReceiptsCollection', xml().ReceiptsCollection);
    expect(fromXml).toEqual(fromJson);
  });

  it('finds receipts by goodsReceiptNumber alone, and each item URI leads back to it', async () => {
    const row = sandbox.db.prepare("SELECT goods_receipt_number AS grn, id FROM po_receipts WHERE deleted = 'false' LIMIT 1").get() as { grn: string; id: string };
    const found = await receipts({ goodsReceiptNumber: row.grn });
    const item = found.Items.find((candidate) => candidate.ID === row.id);
    expect(item).toBeDefined();
    const viaUri = expectJson(await sandbox.api(item?.URI ?? '', { token }), json().ReceiptsCollection);
    expect(viaUri.Items.map((candidate) => candidate.ID)).toContain(row.id);
  });

  it('answers an empty collection (TotalCount 0) for an unknown purchase order', async () => {
    const found = await receipts({ purchaseOrderNumber: 'PO-0000-NOPE' });
    expect(found.Items).toEqual([]);
    expect(found.TotalCount).toBe(0);
  });

  it('rejects lineItemExternalID alone, or no parameter at all, with 400', async () => {
    expectConcurError(await sandbox.api(withQuery(PATHS.poReceipts, { lineItemExternalID: wamt.line }), { token }), 400);
    expectConcurError(await sandbox.api(PATHS.poReceipts, { token }), 400);
    expectConcurError(await sandbox.api(withQuery(PATHS.poReceipts, { lineItemExternalID: wamt.line }), { token, method: 'DELETE' }), 400);
  });

  it('is forbidden (403) to the travel manager', async () => {
    const manager = await sandbox.passwordToken(TRAVEL_MANAGER);
    expectConcurError(await sandbox.api(withQuery(PATHS.poReceipts, { purchaseOrderNumber: wamt.po }), { token: manager }), 403);
    expectConcurError(await sandbox.api(PATHS.poReceipts, { method: 'PUT', token: manager, body: receiptBody(wamt) }), 403);
  });
});

describe('DELETE /invoice/purchaseorderreceipts', () => {
  it('deletes exactly one matching receipt: 200, then it is gone, and a second DELETE answers 404', async () => {
    const body = receiptBody(wamt);
    expect(result(await send('POST', body)).Status).toBe('SUCCESS');
    const query = { purchaseOrderNumber: wamt.po, goodsReceiptNumber: String(body.GoodsReceiptNumber), lineItemExternalID: wamt.line };
    const response = await sandbox.api(withQuery(PATHS.poReceipts, query), { method: 'DELETE', token });
    expect(response.status, response.text).toBe(200);
    expect((await receipts(query)).TotalCount).toBe(0);
    expectConcurError(await sandbox.api(withQuery(PATHS.poReceipts, query), { method: 'DELETE', token }), 404);
  });

  it('refuses to delete a receipt linked to a payment request (400, saying so) and keeps it', async () => {
    const linked = sandbox.db
      .prepare("SELECT po_number, line_external_id, goods_receipt_number FROM po_receipts WHERE linked_to_payment_request = 1 AND deleted = 'false' LIMIT 1")
      .get() as StoredReceipt;
    const query = { purchaseOrderNumber: linked.po_number, goodsReceiptNumber: linked.goods_receipt_number, lineItemExternalID: linked.line_external_id };
    const error = expectConcurError(await sandbox.api(withQuery(PATHS.poReceipts, query), { method: 'DELETE', token }), 400);
    expect(error.Message).toMatch(/payment request/i);
    expect((await receipts(query)).TotalCount).toBe(1);
  });

  it('refuses (400) when several receipts match, deleting none', async () => {
    const po = (sandbox.db.prepare("SELECT po_number FROM po_receipts WHERE deleted = 'false' GROUP BY po_number HAVING count(*) > 1 LIMIT 1").get() as { po_number: string }).po_number;
    const before = await receipts({ purchaseOrderNumber: po });
    expectConcurError(await sandbox.api(withQuery(PATHS.poReceipts, { purchaseOrderNumber: po }), { method: 'DELETE', token }), 400);
    expect(await receipts({ purchaseOrderNumber: po })).toEqual(before);
  });

  it('answers 404 when nothing matches', async () => {
    expectConcurError(await sandbox.api(withQuery(PATHS.poReceipts, { purchaseOrderNumber: 'PO-0000-NOPE' }), { method: 'DELETE', token }), 404);
  });
});
