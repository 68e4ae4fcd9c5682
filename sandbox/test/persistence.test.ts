import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFor } from './contract-schemas';
import { expectJson } from './assertions';
import { ADMIN, PATHS, startHarness, withQuery, type Harness } from './harness';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concur-sandbox-persist-'));
const dbPath = path.join(folder, 'nested', 'sandbox.sqlite');

let first: Harness | undefined;
let second: Harness | undefined;

const written = {
  typeId: '',
  invoiceId: '',
  deletedTypeId: '',
  grn: `GR-PERSIST-${process.pid}`,
  po: '',
  line: '',
  token: '',
  nextPage: '',
  seededAt: '',
  counts: {} as Record<string, number>,
};

const countAll = (harness: Harness) =>
  Object.fromEntries(
    ['attendee_types', 'tax_invoices', 'opportunities', 'po_receipts'].map((table) => [
      table,
      (harness.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );

beforeAll(async () => {
  // First run: a new database file (in a folder that does not exist yet) is created and seeded; write through the API.
  first = await startHarness({ dbPath });
  const h = first;
  const token = await h.passwordToken(ADMIN);
  const types = h.db.prepare('SELECT id FROM attendee_types WHERE is_system = 0 ORDER BY seq LIMIT 2').all() as { id: string }[];
  written.typeId = types[0]?.id ?? '';
  written.deletedTypeId = types[1]?.id ?? '';
  written.invoiceId = (h.db.prepare('SELECT id FROM tax_invoices LIMIT 1').get() as { id: string }).id;
  const line = h.db.prepare("SELECT po_number, external_id FROM po_lines WHERE receipt_type = 'WAMT' LIMIT 1").get() as { po_number: string; external_id: string };
  written.po = line.po_number;
  written.line = line.external_id;

  const put = await h.api(`${PATHS.attendeeTypes}/${encodeURIComponent(written.typeId)}`, { method: 'PUT', token, body: { Name: 'Survives Restarts' } });
  expect(put.status).toBe(200);
  expect((await h.api(`${PATHS.attendeeTypes}/${encodeURIComponent(written.deletedTypeId)}`, { method: 'DELETE', token })).status).toBe(200);
  const dti = await h.api(`${PATHS.taxInvoices}/${encodeURIComponent(written.invoiceId)}`, { method: 'PUT', token, body: { Status: 'WARNG', Comment: 'kept' } });
  expect(dti.status).toBe(200);
  const receipt = await h.api(PATHS.poReceipts, {
    method: 'POST',
    token,
    body: { PurchaseOrderNumber: written.po, LineItemExternalID: written.line, GoodsReceiptNumber: written.grn, IsReceived: 'Y', ReceivedDate: '2026-03-03' },
  });
  expect((receipt.json() as { Status: string }).Status).toBe('SUCCESS');
  written.token = token;
  written.nextPage = (expectJson(await h.api(PATHS.attendeeTypes, { token }), contractFor(h.url, 'json').AttendeeTypes).NextPage ?? '');
  written.seededAt = (h.db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get() as { value: string }).value;
  written.counts = countAll(h);
  await h.close();
  first = undefined;

  // Second run on the same file.
  second = await startHarness({ dbPath });
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

function running(): Harness {
  if (!second) throw new Error('second sandbox not running');
  return second;
}

describe('persistence across a restart on the same database file', () => {
  it('does not seed the database again', () => {
    const h = running();
    expect((h.db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get() as { value: string }).value).toBe(written.seededAt);
    expect(countAll(h)).toEqual(written.counts);
  });

  it('keeps attendee type updates and deletions', async () => {
    const h = running();
    const token = await h.passwordToken(ADMIN);
    const type = expectJson(await h.api(`${PATHS.attendeeTypes}/${encodeURIComponent(written.typeId)}`, { token }), contractFor(h.url, 'json').AttendeeType);
    expect(type.Name).toBe('Survives Restarts');
    expect((await h.api(`${PATHS.attendeeTypes}/${encodeURIComponent(written.deletedTypeId)}`, { token })).status).toBe(404);
  });

  it('keeps tax invoice decisions', async () => {
    const h = running();
    const token = await h.passwordToken(ADMIN);
    const invoice = expectJson(await h.api(`${PATHS.taxInvoices}/${encodeURIComponent(written.invoiceId)}`, { token }), contractFor(h.url, 'json').DigitalTaxInvoice);
    expect(invoice).toMatchObject({ Status: 'WARNG', Comment: 'kept' });
  });

  it('keeps purchase order receipts', async () => {
    const h = running();
    const token = await h.passwordToken(ADMIN);
    const found = expectJson(await h.api(withQuery(PATHS.poReceipts, { goodsReceiptNumber: written.grn }), { token }), contractFor(h.url, 'json').ReceiptsCollection);
    expect(found.TotalCount).toBe(1);
    expect(found.Items[0]).toMatchObject({ PurchaseOrderNumber: written.po, LineItemExternalID: written.line, ReceivedDate: '2026-03-03' });
  });

  it('keeps issued access tokens valid and NextPage offsets usable (signing keys persist)', async () => {
    const h = running();
    expect((await h.api(`${PATHS.attendeeTypes}?limit=1`, { token: written.token })).status).toBe(200);
    // The port changed, so follow the same path and query on the new origin.
    const next = new URL(written.nextPage);
    const page = await h.api(`${next.pathname}${next.search}`, { token: written.token });
    expect(expectJson(page, contractFor(h.url, 'json').AttendeeTypes).Items).toHaveLength(25);
  });
});
