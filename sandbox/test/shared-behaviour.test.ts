import { beforeAll, describe, expect, it } from 'vitest';
import { contractFor, ConcurErrorXml } from './contract-schemas';
import { expectConcurError, expectCorrelationId, expectJson, expectXml } from './assertions';
import { ADMIN, AP_CLERK, PATHS, TRAVEL_MANAGER, parseXml, useSandbox, withQuery } from './harness';

const sandbox = useSandbox();
const json = () => contractFor(sandbox.url, 'json');
const xml = () => contractFor(sandbox.url, 'xml');

let admin = '';
let attendeeTypeId = '';
let invoiceId = '';
let poNumber = '';

beforeAll(async () => {
  admin = await sandbox.passwordToken(ADMIN);
  attendeeTypeId = (sandbox.db.prepare('SELECT id FROM attendee_types WHERE is_system = 0 LIMIT 1').get() as { id: string }).id;
  invoiceId = (sandbox.db.prepare('SELECT id FROM tax_invoices LIMIT 1').get() as { id: string }).id;
  poNumber = (sandbox.db.prepare('SELECT number FROM purchase_orders LIMIT 1').get() as { number: string }).number;
});

type Family = 'attendeeTypes' | 'taxInvoices' | 'opportunities' | 'poReceipts';
interface Route {
  name: string;
  family: Family;
  method: string;
  path: () => string;
  body?: () => unknown;
}

/** Every v3.0 route the sandbox serves. */
const ROUTES: Route[] = [
  { name: 'GET attendee types', family: 'attendeeTypes', method: 'GET', path: () => PATHS.attendeeTypes },
  { name: 'GET an attendee type', family: 'attendeeTypes', method: 'GET', path: () => `${PATHS.attendeeTypes}/${encodeURIComponent(attendeeTypeId)}` },
  { name: 'PUT an attendee type', family: 'attendeeTypes', method: 'PUT', path: () => `${PATHS.attendeeTypes}/${encodeURIComponent(attendeeTypeId)}`, body: () => ({ AllowAttendeeCountEditing: true }) },
  { name: 'DELETE an attendee type', family: 'attendeeTypes', method: 'DELETE', path: () => `${PATHS.attendeeTypes}/${encodeURIComponent(attendeeTypeId)}` },
  { name: 'GET tax invoices', family: 'taxInvoices', method: 'GET', path: () => PATHS.taxInvoices },
  { name: 'GET a tax invoice', family: 'taxInvoices', method: 'GET', path: () => `${PATHS.taxInvoices}/${encodeURIComponent(invoiceId)}` },
  { name: 'PUT a tax invoice', family: 'taxInvoices', method: 'PUT', path: () => `${PATHS.taxInvoices}/${encodeURIComponent(invoiceId)}`, body: () => ({ Status: 'VALID' }) },
  { name: 'GET opportunities', family: 'opportunities', method: 'GET', path: () => withQuery(PATHS.opportunities, { tripId: 'x' }) },
  { name: 'GET receipts', family: 'poReceipts', method: 'GET', path: () => withQuery(PATHS.poReceipts, { purchaseOrderNumber: poNumber }) },
  { name: 'PUT a receipt', family: 'poReceipts', method: 'PUT', path: () => PATHS.poReceipts, body: () => ({ PurchaseOrderNumber: poNumber }) },
  { name: 'POST a receipt', family: 'poReceipts', method: 'POST', path: () => PATHS.poReceipts, body: () => ({ PurchaseOrderNumber: poNumber }) },
  { name: 'DELETE a receipt', family: 'poReceipts', method: 'DELETE', path: () => withQuery(PATHS.poReceipts, { purchaseOrderNumber: 'PO-NONE' }) },
];
const GET_ROUTES = ROUTES.filter((route) => route.method === 'GET');

const call = (route: Route, options: { token?: string; authorization?: string; accept?: 'json' | 'xml' } = {}) =>
  sandbox.api(route.path(), { method: route.method, ...options, ...(route.body ? { body: route.body() } : {}) });

describe('authorization on every v3.0 route', () => {
  it.each(ROUTES.map((route) => [route.name, route] as const))('%s: 401 without an Authorization header, as a Concur error in JSON and XML', async (_name, route) => {
    expect(expectConcurError(await call(route), 401).Message).toBeTruthy();
    expectConcurError(await call(route, { accept: 'xml' }), 401);
  });

  it.each(ROUTES.map((route) => [route.name, route] as const))('%s: 403 with a garbage token or another scheme', async (_name, route) => {
    expectConcurError(await call(route, { token: 'not-a-token' }), 403);
    expectConcurError(await call(route, { token: `${admin.slice(0, -4)}AAAA` }), 403);
    expectConcurError(await call(route, { authorization: `Basic ${Buffer.from(`${ADMIN}:sandbox`).toString('base64')}` }), 403);
    expectConcurError(await call(route, { authorization: 'Bearer' }), 403);
  });

  it.each(GET_ROUTES.map((route) => [route.name, route] as const))('%s: accepts `Authorization: OAuth <token>` as well as Bearer', async (_name, route) => {
    expect((await call(route, { authorization: `OAuth ${admin}` })).status).toBe(200);
    expect((await call(route, { authorization: `bearer ${admin}` })).status).toBe(200);
  });

  it('does not take the token from the query string (401 without the header)', async () => {
    expectConcurError(await sandbox.api(`${PATHS.attendeeTypes}?access_token=${admin}`), 401);
  });

  it('answers 403 for a token expired through the fault API, and a new token works again', async () => {
    const token = await sandbox.passwordToken(ADMIN);
    for (const route of GET_ROUTES) expect((await call(route, { token })).status).toBe(200);
    const expired = await sandbox.chaos('POST', '/tokens/expire', { login: ADMIN });
    expect(expired.status).toBe(200);
    expect((expired.json() as { affected: number }).affected).toBeGreaterThan(0);
    for (const route of GET_ROUTES) expectConcurError(await call(route, { token }), 403);
    admin = await sandbox.passwordToken(ADMIN);
    for (const route of GET_ROUTES) expect((await call(route, { token: admin })).status).toBe(200);
  });

  const ALLOWED: Record<string, Family[]> = {
    [ADMIN]: ['attendeeTypes', 'taxInvoices', 'opportunities', 'poReceipts'],
    [TRAVEL_MANAGER]: ['opportunities'],
    [AP_CLERK]: ['poReceipts'],
  };
  it.each(Object.entries(ALLOWED))('lets %s use exactly %j; every other API answers 403', async (login, allowed) => {
    const token = await sandbox.passwordToken(login);
    for (const route of GET_ROUTES) {
      const response = await call(route, { token });
      if (allowed.includes(route.family)) expect(response.status, `${login} ${route.name}`).toBe(200);
      else expect(expectConcurError(response, 403).Message, `${login} ${route.name}`).toMatch(/forbidden/i);
    }
  });
});

describe('formats', () => {
  const ROOTS: Record<string, string> = {
    'GET attendee types': 'AttendeeTypes',
    'GET an attendee type': 'AttendeeType',
    'GET tax invoices': 'DigitalTaxInvoices',
    'GET a tax invoice': 'DigitalTaxInvoice',
    'GET opportunities': 'Opportunities',
    'GET receipts': 'ReceiptsCollection',
  };
  const SCHEMA_NAMES = {
    'GET attendee types': 'AttendeeTypes',
    'GET an attendee type': 'AttendeeType',
    'GET tax invoices': 'DigitalTaxInvoices',
    'GET a tax invoice': 'DigitalTaxInvoice',
    'GET opportunities': 'Opportunities',
    'GET receipts': 'ReceiptsCollection',
  } as const;

  it.each(GET_ROUTES.map((route) => [route.name, route] as const))('%s: XML when the request has no Accept header at all', async (name, route) => {
    const response = await sandbox.raw(route.path(), { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    expect(response.headers['concur-correlationid']).toBeTruthy();
    const document = parseXml(response.text);
    expect(document.root).toBe(ROOTS[name]);
    const schemaName = SCHEMA_NAMES[name as keyof typeof SCHEMA_NAMES];
    xml()[schemaName].parse(document.body);
  });

  it.each(GET_ROUTES.map((route) => [route.name, route] as const))('%s: JSON for Accept: application/json, XML for Accept: application/xml', async (name, route) => {
    const schemaName = SCHEMA_NAMES[name as keyof typeof SCHEMA_NAMES];
    expectJson(await call(route, { token: admin }), json()[schemaName]);
    expectXml(await sandbox.api(route.path(), { token: admin, accept: 'application/xml' }), ROOTS[name] ?? '', xml()[schemaName]);
  });

  it('answers errors in XML when no Accept header is sent', async () => {
    const response = await sandbox.raw(PATHS.attendeeTypes);
    expect(response.status).toBe(401);
    const document = parseXml(response.text);
    expect(document.root).toBe('Error');
    ConcurErrorXml.parse(document.body);
  });

  it('matches paths case-insensitively (old docs use /expense/DigitalTaxInvoices)', async () => {
    expectJson(await sandbox.api('/api/v3.0/expense/DigitalTaxInvoices?limit=1', { token: admin }), json().DigitalTaxInvoices);
  });
});

describe('correlation ids and unknown routes', () => {
  it('puts a distinct concur-correlationid on every response: success, errors, OAuth and sign-in', async () => {
    const responses = [
      await sandbox.api(PATHS.attendeeTypes, { token: admin }),
      await sandbox.api(PATHS.attendeeTypes),
      await sandbox.api('/api/v3.0/expense/unknown', { token: admin }),
      await sandbox.openAuthorize(),
    ];
    const ids = responses.map((response) => expectCorrelationId(response.headers));
    const token = await sandbox.passwordGrant(ADMIN);
    ids.push(expectCorrelationId(token.headers));
    const failed = await sandbox.passwordGrant(ADMIN, { password: 'nope' });
    ids.push(expectCorrelationId(failed.headers));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers 404 in the Concur error shape for an unknown route or method', async () => {
    expectConcurError(await sandbox.api('/api/v3.0/expense/reports', { token: admin }), 404);
    expectConcurError(await sandbox.api(`${PATHS.attendeeTypes}/${encodeURIComponent(attendeeTypeId)}/extra`, { token: admin }), 404);
    expectConcurError(await sandbox.api(`${PATHS.taxInvoices}/${encodeURIComponent(invoiceId)}`, { method: 'DELETE', token: admin }), 404);
    expectConcurError(await sandbox.api(PATHS.opportunities, { method: 'POST', token: admin, body: {} }), 404);
  });
});
