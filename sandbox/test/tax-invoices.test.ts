import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractFor, TAX_INVOICE_STATUSES, type DigitalTaxInvoice } from './contract-schemas';
import { duplicates, expectConcurError, expectJson, expectXml } from './assertions';
import { ADMIN, AP_CLERK, PATHS, TRAVEL_MANAGER, tamper, useSandbox, walkPages, withQuery } from './harness';

const sandbox = useSandbox();
const json = () => contractFor(sandbox.url, 'json');
const xml = () => contractFor(sandbox.url, 'xml');
let token = '';

beforeAll(async () => {
  token = await sandbox.passwordToken(ADMIN);
});

const itemPath = (id: string) => `${PATHS.taxInvoices}/${encodeURIComponent(id)}`;

function invoiceIds(): string[] {
  return (sandbox.db.prepare('SELECT id FROM tax_invoices ORDER BY seq').all() as { id: string }[]).map((row) => row.id);
}
let nextInvoice = 0;
function takeInvoiceId(): string {
  const id = invoiceIds()[nextInvoice++];
  if (id === undefined) throw new Error('no invoice left');
  return id;
}

async function getInvoice(id: string): Promise<DigitalTaxInvoice> {
  return expectJson(await sandbox.api(itemPath(id), { token }), json().DigitalTaxInvoice);
}

async function walkIds(firstUrl: string): Promise<string[]> {
  const pages = await walkPages(sandbox, firstUrl, token, (body) => json().DigitalTaxInvoices.parse(body));
  return pages.flatMap((page) => page.Items.map((item) => item.ID));
}

describe('GET /expense/digitaltaxinvoices (list)', () => {
  it('answers JSON list items holding only ID, URI and ConcurReceiptID, 25 by default', async () => {
    const page = expectJson(await sandbox.api(PATHS.taxInvoices, { token }), json().DigitalTaxInvoices);
    expect(page.Items).toHaveLength(25);
    expect(page.NextPage).not.toBeNull();
  });

  it('answers XML with a <DigitalTaxInvoices> root carrying the same items as JSON', async () => {
    const fromJson = expectJson(await sandbox.api(PATHS.taxInvoices, { token }), json().DigitalTaxInvoices);
    const fromXml = expectXml(await sandbox.api(PATHS.taxInvoices, { token, accept: 'xml' }), 'DigitalTaxInvoices', xml().DigitalTaxInvoices);
    expect(fromXml.Items).toEqual(fromJson.Items);
  });

  it('walks every NextPage: every invoice (>= 600) exactly once', async () => {
    const ids = await walkIds(withQuery(PATHS.taxInvoices, { limit: '100' }));
    expect(ids.length).toBeGreaterThanOrEqual(600);
    expect(duplicates(ids)).toEqual([]);
    expect(new Set(ids)).toEqual(new Set(invoiceIds()));
  });

  it('with modifiedafter, walks exactly the invoices modified after that instant, keeping the filter in NextPage', async () => {
    const rows = sandbox.db.prepare('SELECT modified_at FROM tax_invoices ORDER BY modified_at').all() as { modified_at: string }[];
    const middle = rows[Math.floor(rows.length / 2)]?.modified_at ?? '';
    const expected = (sandbox.db.prepare('SELECT id FROM tax_invoices WHERE modified_at > ?').all(middle) as { id: string }[]).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(25);

    const first = expectJson(await sandbox.api(withQuery(PATHS.taxInvoices, { modifiedafter: middle, limit: '20' }), { token }), json().DigitalTaxInvoices);
    expect(new URL(first.NextPage ?? '').searchParams.get('modifiedafter')).toBe(middle);
    const ids = await walkIds(withQuery(PATHS.taxInvoices, { modifiedafter: middle, limit: '20' }));
    expect(duplicates(ids)).toEqual([]);
    expect(new Set(ids)).toEqual(new Set(expected));
  });

  it('lists an invoice under modifiedafter once it has been validated', async () => {
    const id = takeInvoiceId();
    const since = new Date(Date.now() - 1000).toISOString().slice(0, 19);
    expect(await walkIds(withQuery(PATHS.taxInvoices, { modifiedafter: since }))).not.toContain(id);
    expect((await sandbox.api(itemPath(id), { method: 'PUT', token, body: { Status: 'VALID' } })).status).toBe(200);
    expect(await walkIds(withQuery(PATHS.taxInvoices, { modifiedafter: since }))).toContain(id);
  });

  it.each(['yesterday', '2024-02-30T00:00:00', '2024-13-01'])('rejects modifiedafter=%s with 400', async (value) => {
    expectConcurError(await sandbox.api(withQuery(PATHS.taxInvoices, { modifiedafter: value }), { token }), 400);
  });

  it('rejects a tampered offset, and an offset taken from the unfiltered list, with 400', async () => {
    const page = expectJson(await sandbox.api(PATHS.taxInvoices, { token }), json().DigitalTaxInvoices);
    const offset = new URL(page.NextPage ?? '').searchParams.get('offset') ?? '';
    expectConcurError(await sandbox.api(withQuery(PATHS.taxInvoices, { offset: tamper(offset) }), { token }), 400);
    expectConcurError(await sandbox.api(withQuery(PATHS.taxInvoices, { offset, modifiedafter: '2020-01-01T00:00:00' }), { token }), 400);
  });

  it('caps limit at 100 and rejects limit=0 and limit=abc', async () => {
    expect(expectJson(await sandbox.api(withQuery(PATHS.taxInvoices, { limit: '500' }), { token }), json().DigitalTaxInvoices).Items).toHaveLength(100);
    expectConcurError(await sandbox.api(withQuery(PATHS.taxInvoices, { limit: '0' }), { token }), 400);
    expectConcurError(await sandbox.api(withQuery(PATHS.taxInvoices, { limit: 'abc' }), { token }), 400);
  });
});

describe('GET /expense/digitaltaxinvoices/{id}', () => {
  it('answers the detail with a CFDI 4.0 document in ReceiptData, in JSON and XML alike', async () => {
    const item = expectJson(await sandbox.api(PATHS.taxInvoices, { token }), json().DigitalTaxInvoices).Items[0];
    if (!item) throw new Error('empty list');
    const detail = await getInvoice(item.ID);
    expect(detail).toMatchObject({ ID: item.ID, URI: item.URI, ConcurReceiptID: item.ConcurReceiptID });
    expect(XMLValidator.validate(detail.ReceiptData)).toBe(true);
    expect(detail.ReceiptData).toMatch(/<cfdi:Comprobante\b[^>]*\bVersion="4\.0"/);
    expect(detail.ReceiptData).toMatch(/<tfd:TimbreFiscalDigital\b[^>]*\bUUID="[0-9A-Fa-f-]{36}"/);
    for (const part of ['cfdi:Emisor', 'cfdi:Receptor', 'Rfc=', 'SubTotal=', 'Total=', 'Moneda=', 'cfdi:Concepto', 'Fecha=']) expect(detail.ReceiptData).toContain(part);

    const asXml = expectXml(await sandbox.api(itemPath(item.ID), { token, accept: 'xml' }), 'DigitalTaxInvoice', xml().DigitalTaxInvoice);
    expect(asXml).toEqual(detail);
    expect(expectJson(await sandbox.api(item.URI, { token }), json().DigitalTaxInvoice)).toEqual(detail);
  });

  it('finds ids with $ raw or as %24, and answers 404 for an unknown id', async () => {
    const id = invoiceIds().find((candidate) => candidate.includes('$'));
    if (!id) throw new Error('no invoice id with $');
    expect((await getInvoice(id)).ID).toBe(id);
    expect(expectJson(await sandbox.api(`${PATHS.taxInvoices}/${id}`, { token }), json().DigitalTaxInvoice).ID).toBe(id);
    expectConcurError(await sandbox.api(itemPath('gWnot$an$invoice000000000'), { token }), 404);
    expectConcurError(await sandbox.api(itemPath('gWnot$an$invoice000000000'), { method: 'PUT', token, body: { Status: 'VALID' } }), 404);
  });

  it('is forbidden (403) to the travel manager and the AP clerk', async () => {
    for (const login of [TRAVEL_MANAGER, AP_CLERK]) {
      const other = await sandbox.passwordToken(login);
      expectConcurError(await sandbox.api(PATHS.taxInvoices, { token: other }), 403);
      expectConcurError(await sandbox.api(itemPath(invoiceIds()[0] ?? 'x'), { method: 'PUT', token: other, body: { Status: 'VALID' } }), 403);
    }
  });
});

describe('PUT /expense/digitaltaxinvoices/{id}', () => {
  it.each(TAX_INVOICE_STATUSES)('records Status %s with its Comment (read back on GET)', async (status) => {
    const id = takeInvoiceId();
    const comment = `Checked by the contract suite: ${status} — RFC and UUID verified.`;
    const response = await sandbox.api(itemPath(id), { method: 'PUT', token, body: { Status: status, Comment: comment } });
    expect(response.status, response.text).toBe(200);
    const detail = await getInvoice(id);
    expect(detail.Status).toBe(status);
    expect(detail.Comment).toBe(comment);
  });

  it('accepts an XML body', async () => {
    const id = takeInvoiceId();
    const body = '<DigitalTaxInvoice><Status>WARNG</Status><Comment>Receptor name &lt;differs&gt;</Comment></DigitalTaxInvoice>';
    const response = await sandbox.api(itemPath(id), { method: 'PUT', token, body, contentType: 'application/xml', accept: 'xml' });
    expect(response.status, response.text).toBe(200);
    expect(await getInvoice(id)).toMatchObject({ Status: 'WARNG', Comment: 'Receptor name <differs>' });
  });

  it.each([
    ['INVALID', { Status: 'INVALID' }],
    ['lower-case valid', { Status: 'valid' }],
    ['PROCESSED', { Status: 'PROCESSED' }],
    ['a missing Status', { Comment: 'no status' }],
    ['Status as a number', { Status: 1 }],
    ['Comment as a number', { Status: 'VALID', Comment: 5 }],
    ['an unknown field', { Status: 'VALID', Reviewer: 'me' }],
  ])('rejects %s with 400 and keeps the invoice unchanged', async (_label, body) => {
    const id = takeInvoiceId();
    const before = await getInvoice(id);
    expectConcurError(await sandbox.api(itemPath(id), { method: 'PUT', token, body }), 400);
    expect(await getInvoice(id)).toEqual(before);
  });

  it('accepts a Comment of exactly 2000 characters and rejects 2001 with 400', async () => {
    const id = takeInvoiceId();
    expect((await sandbox.api(itemPath(id), { method: 'PUT', token, body: { Status: 'INVLD', Comment: 'c'.repeat(2000) } })).status).toBe(200);
    expect((await getInvoice(id)).Comment).toHaveLength(2000);
    const response = await sandbox.api(itemPath(id), { method: 'PUT', token, body: { Status: 'VALID', Comment: 'd'.repeat(2001) } });
    expect(expectConcurError(response, 400).Message).toMatch(/2000/);
    expect(await getInvoice(id)).toMatchObject({ Status: 'INVLD', Comment: 'c'.repeat(2000) });
  });
});
