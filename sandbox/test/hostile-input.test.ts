import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFor } from './contract-schemas';
import { expectConcurError, expectJson } from './assertions';
import { ADMIN, PATHS, parseXml, useSandbox, withQuery, type RawResponse } from './harness';

const sandbox = useSandbox();
const json = () => contractFor(sandbox.url, 'json');
let token = '';
let typeId = '';
let counts: Record<string, number> = {};

const TABLES = ['attendee_types', 'tax_invoices', 'opportunities', 'po_receipts', 'purchase_orders', 'po_lines'] as const;
const countAll = () =>
  Object.fromEntries(TABLES.map((table) => [table, (sandbox.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));

beforeAll(async () => {
  token = await sandbox.passwordToken(ADMIN);
  typeId = (sandbox.db.prepare('SELECT id FROM attendee_types WHERE is_system = 0 LIMIT 1').get() as { id: string }).id;
  counts = countAll();
});

afterAll(() => {
  // Nothing in this file may add, remove or corrupt rows.
  expect(countAll()).toEqual(counts);
  expect(sandbox.db.pragma('integrity_check', { simple: true })).toBe('ok');
});

const typePath = () => `${PATHS.attendeeTypes}/${encodeURIComponent(typeId)}`;

function expectRawConcurError(response: RawResponse, status: number) {
  expect(response.status, response.text).toBe(status);
  expect(response.headers['concur-correlationid']).toBeTruthy();
  const body = JSON.parse(response.text) as unknown;
  expect(body).toMatchObject({ Error: { Message: expect.any(String) } });
}

describe('ids that try to escape the resource', () => {
  const HOSTILE_IDS = [
    'a/b',
    '..',
    '../attendeetypes',
    '..%2F..%2F..%2Fetc%2Fpasswd',
    'abc%2Fdef',
    '%2e%2e',
    '%2e%2e%2f%2e%2e%2fmeta',
    'abc%00def',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    "x'%20OR%20'1'%3D'1",
    'caf%C3%A9',
  ];
  it.each(HOSTILE_IDS)('answers 404 (Concur error, no crash) for attendee type id %s sent raw', async (id) => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await sandbox.raw(`${PATHS.attendeeTypes}/${id}`, {
        method,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(method === 'PUT' ? { 'content-type': 'application/json' } : {}) },
        ...(method === 'PUT' ? { body: '{"Name":"Hacked"}' } : {}),
      });
      expectRawConcurError(response, 404);
    }
  });

  it.each(HOSTILE_IDS)('answers 404 for tax invoice id %s sent raw', async (id) => {
    expectRawConcurError(await sandbox.raw(`${PATHS.taxInvoices}/${id}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }), 404);
  });

  it.each([
    ['a 600-character id', 'A'.repeat(600), [404, 414]],
    ['a broken percent-encoding', 'abc%E0%A4%A', [400, 404]],
    ['a lone percent sign', 'abc%', [400, 404]],
  ] as const)('answers %s with a Concur error carrying a correlation id', async (_label, id, statuses) => {
    for (const base of [PATHS.attendeeTypes, PATHS.taxInvoices]) {
      const response = await sandbox.raw(`${base}/${id}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
      expect(statuses as readonly number[], `${response.status} ${response.text}`).toContain(response.status);
      expectRawConcurError(response, response.status);
    }
  });

  it('answers 404 for ids containing / or .. even when sent through fetch (which normalises dot segments)', async () => {
    expectConcurError(await sandbox.api(`${PATHS.attendeeTypes}/${encodeURIComponent('../../etc/passwd')}`, { token }), 404);
    expectConcurError(await sandbox.api(`${PATHS.taxInvoices}/${encodeURIComponent('a/b')}`, { token }), 404);
  });

  it('rejects hostile query values without touching the database', async () => {
    expectConcurError(await sandbox.api(withQuery(PATHS.opportunities, { tripId: "' OR 1=1 --" }), { token }), 400);
    const receipts = await sandbox.api(withQuery(PATHS.poReceipts, { purchaseOrderNumber: "' OR '1'='1" }), { token });
    expect(expectJson(receipts, json().ReceiptsCollection).TotalCount).toBe(0);
    expectConcurError(await sandbox.api(withQuery(PATHS.taxInvoices, { modifiedafter: "2020-01-01' OR '1'='1" }), { token }), 400);
  });

  it('rejects a query parameter given twice with 400', async () => {
    expectConcurError(await sandbox.api(`${PATHS.attendeeTypes}?limit=1&limit=2`, { token }), 400);
    expectConcurError(await sandbox.api(`${PATHS.opportunities}?tripId=a&tripId=b`, { token }), 400);
  });
});

describe('malformed and hostile bodies', () => {
  it.each([
    ['truncated JSON', '{"Name": "Half'],
    ['JSON with a trailing comma', '{"Name": "x",}'],
    ['an empty body', ''],
    ['a JSON array', '[{"Name":"x"}]'],
    ['JSON null', 'null'],
    ['a JSON string', '"Name"'],
    ['a __proto__ key', '{"__proto__": {"polluted": "yes"}, "Name": "Proto"}'],
    ['a constructor.prototype key', '{"constructor": {"prototype": {"polluted": "yes"}}}'],
  ])('answers 400 with a Concur error for %s, and changes nothing', async (_label, body) => {
    const before = sandbox.db.prepare('SELECT * FROM attendee_types WHERE id = ?').get(typeId);
    const response = await sandbox.api(typePath(), { method: 'PUT', token, body, contentType: 'application/json' });
    expect(expectConcurError(response, 400).Message).toBeTruthy();
    expect(sandbox.db.prepare('SELECT * FROM attendee_types WHERE id = ?').get(typeId)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says the JSON is not valid for a syntax error', async () => {
    const response = await sandbox.api(typePath(), { method: 'PUT', token, body: '{"Name": ', contentType: 'application/json' });
    expect(expectConcurError(response, 400).Message).toMatch(/json/i);
  });

  it.each([
    ['unclosed XML', '<AttendeeType><Name>x</AttendeeType>'],
    ['two root elements', '<AttendeeType></AttendeeType><AttendeeType></AttendeeType>'],
    ['text that is not XML', 'Name=x'],
    ['a wrong root element', '<DigitalTaxInvoice><Name>x</Name></DigitalTaxInvoice>'],
    ['a DOCTYPE with entity expansion (billion laughs)', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><AttendeeType><Name>&lol2;</Name></AttendeeType>'],
    ['an external entity (XXE)', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><AttendeeType><Name>&xxe;</Name></AttendeeType>'],
    ['a bare DOCTYPE', '<!DOCTYPE AttendeeType><AttendeeType><Name>x</Name></AttendeeType>'],
    ['a __proto__ element', '<AttendeeType><__proto__><polluted>yes</polluted></__proto__></AttendeeType>'],
  ])('answers 400 with a Concur error for %s, and changes nothing', async (_label, body) => {
    const before = sandbox.db.prepare('SELECT * FROM attendee_types WHERE id = ?').get(typeId);
    const response = await sandbox.api(typePath(), { method: 'PUT', token, body, contentType: 'application/xml' });
    expectConcurError(response, 400);
    expect(sandbox.db.prepare('SELECT * FROM attendee_types WHERE id = ?').get(typeId)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers malformed XML errors in XML when the client asked for XML', async () => {
    const response = await sandbox.api(typePath(), { method: 'PUT', token, body: '<AttendeeType>', contentType: 'application/xml', accept: 'xml' });
    expect(response.status).toBe(400);
    expect(parseXml(response.text).root).toBe('Error');
  });

  it.each([
    ['a JSON attendee type', () => typePath(), 'PUT', 'application/json', (size: number) => JSON.stringify({ Name: 'x'.repeat(size) })],
    ['an XML attendee type', () => typePath(), 'PUT', 'application/xml', (size: number) => `<AttendeeType><Name>${'x'.repeat(size)}</Name></AttendeeType>`],
    ['a JSON receipt', () => PATHS.poReceipts, 'POST', 'application/json', (size: number) => JSON.stringify({ Custom1: 'x'.repeat(size) })],
  ])('refuses a body over 1 MiB (%s) with 413 and keeps serving', async (_label, path, method, contentType, build) => {
    const response = await sandbox.api(path(), { method, token, body: build(1024 * 1024 + 10), contentType });
    expect(expectConcurError(response, 413).Message).toBeTruthy();
    expect((await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token })).status).toBe(200);
  });

  it('accepts a body just under 1 MiB (then rejects its content on the merits)', async () => {
    const response = await sandbox.api(typePath(), { method: 'PUT', token, body: JSON.stringify({ Name: 'x'.repeat(1024 * 1024 - 100) }) , contentType: 'application/json' });
    expect(expectConcurError(response, 400).Message).toMatch(/40/);
  });

  it('refuses a body of an unsupported content type with 415 in the Concur error shape', async () => {
    const response = await sandbox.api(typePath(), { method: 'PUT', token, body: 'Name,x', contentType: 'application/octet-stream' });
    expect(expectConcurError(response, 415).Message).toMatch(/content type/i);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded'])('refuses a %s body on every v3.0 write with 415, changing nothing', async (contentType) => {
    const invoiceId = (sandbox.db.prepare('SELECT id FROM tax_invoices LIMIT 1').get() as { id: string }).id;
    const writes: [string, string, string][] = [
      ['PUT', typePath(), 'Name=Form+Name'],
      ['PUT', `${PATHS.taxInvoices}/${encodeURIComponent(invoiceId)}`, 'Status=VALID'],
      ['POST', PATHS.poReceipts, 'PurchaseOrderNumber=x&LineItemExternalID=y'],
    ];
    const before = sandbox.db.prepare('SELECT * FROM attendee_types WHERE id = ?').get(typeId);
    for (const [method, path, body] of writes) {
      const response = await sandbox.api(path, { method, token, body, contentType });
      expect(expectConcurError(response, 415).Message, `${method} ${path}`).toMatch(/content type/i);
    }
    expect(sandbox.db.prepare('SELECT * FROM attendee_types WHERE id = ?').get(typeId)).toEqual(before);
  });
});

describe('every field of the purchase order receipt body', () => {
  const FIELDS = [
    'PurchaseOrderNumber', 'LineItemExternalID', 'IsReceived', 'ReceivedQuantity', 'ReceivedDate', 'GoodsReceiptNumber', 'DeliverySlipNumber',
    'UnitOfMeasureCode', 'Deleted', 'Version', 'Custom1', 'Custom2', 'Custom3', 'Custom4', 'Custom5', 'Custom6', 'Custom7', 'Custom8', 'Custom9', 'Custom10',
  ];
  const base = () => {
    const line = sandbox.db.prepare("SELECT po_number, external_id FROM po_lines WHERE receipt_type = 'WAMT' LIMIT 1").get() as { po_number: string; external_id: string };
    return { PurchaseOrderNumber: line.po_number, LineItemExternalID: line.external_id, GoodsReceiptNumber: 'GR-HOSTILE-1', IsReceived: 'Y' };
  };

  it.each(FIELDS.flatMap((field) => [[field, 42], [field, true], [field, { nested: 'x' }], [field, ['x']]] as const))(
    'answers 200 FAILURE 1009 naming %s when it is sent as %j',
    async (field, value) => {
      const response = await sandbox.api(PATHS.poReceipts, { method: 'PUT', token, body: { ...base(), [field]: value } });
      const result = expectJson(response, json().PurchaseOrderReceiptFailure);
      expect(result.ErrorCode).toBe('1009');
      expect(result.FieldCode).toMatch(new RegExp(`\\|${field}$`));
    },
  );

  it.each(FIELDS)('never crashes on a 100 kB value of %s (200 FAILURE or SUCCESS, nothing stored on failure)', async (field) => {
    const response = await sandbox.api(PATHS.poReceipts, { method: 'POST', token, body: { ...base(), GoodsReceiptNumber: 'GR-HOSTILE-2', [field]: 'Z'.repeat(100_000) } });
    const result = expectJson(response, json().PurchaseOrderReceiptFailure);
    expect(['1000', '1001', '1002', '1003', '1004', '1005', '1008', '1011']).toContain(result.ErrorCode);
  });

  it.each([
    ['a NUL in PurchaseOrderNumber', { PurchaseOrderNumber: 'PO\u0000-1' }, '1000'],
    ['a zero-width space in LineItemExternalID', { LineItemExternalID: '\u200B' }, '1001'],
    ['a right-to-left override in GoodsReceiptNumber', { GoodsReceiptNumber: 'GR-\u202E1' }, '1011'],
  ])('refuses %s', async (_label, patch, code) => {
    const response = await sandbox.api(PATHS.poReceipts, { method: 'PUT', token, body: { ...base(), ...patch } });
    expect(expectJson(response, json().PurchaseOrderReceiptFailure).ErrorCode).toBe(code);
  });
});
