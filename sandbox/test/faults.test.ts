import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractFor } from './contract-schemas';
import { expectConcurError, expectCorrelationId, expectJson } from './assertions';
import { ADMIN, PATHS, useSandbox } from './harness';

const sandbox = useSandbox();
const json = () => contractFor(sandbox.url, 'json');
let token = '';

beforeAll(async () => {
  token = await sandbox.passwordToken(ADMIN);
});

afterEach(async () => {
  expect((await sandbox.chaos('DELETE', '/faults')).status).toBe(204);
});

interface Writes {
  total: number;
  byResource: Record<string, number>;
  byEntity: Record<string, number>;
}
const writes = async (): Promise<Writes> => (await sandbox.chaos('GET', '/writes')).json() as Writes;

async function addFault(rule: Record<string, unknown>): Promise<void> {
  const response = await sandbox.chaos('POST', '/faults', rule);
  expect(response.status, response.text).toBe(201);
}

let nextType = 0;
function takeTypeId(): string {
  const rows = sandbox.db.prepare('SELECT id FROM attendee_types WHERE is_system = 0 AND deleted = 0 ORDER BY seq').all() as { id: string }[];
  const id = rows[nextType++]?.id;
  if (!id) throw new Error('no attendee type left');
  return id;
}
const storedName = (id: string) => (sandbox.db.prepare('SELECT name FROM attendee_types WHERE id = ?').get(id) as { name: string }).name;
const list = () => sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token });

describe('injected status codes', () => {
  it('answers the given status with Retry-After for the next N matching requests, then normally', async () => {
    await addFault({ method: 'GET', path: PATHS.attendeeTypes, status: 503, retryAfter: 7, times: 2 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await list();
      expectConcurError(response, 503);
      expect(response.headers.get('retry-after')).toBe('7');
    }
    const after = await list();
    expect(after.status).toBe(200);
    expect(after.headers.get('retry-after')).toBeNull();
  });

  it('touches only the matching method and path', async () => {
    await addFault({ method: 'PUT', path: `${PATHS.attendeeTypes}*`, status: 500 });
    expect((await list()).status).toBe(200);
    expect((await sandbox.api(`${PATHS.taxInvoices}?limit=1`, { token })).status).toBe(200);
    const id = takeTypeId();
    expectConcurError(await sandbox.api(`${PATHS.attendeeTypes}/${encodeURIComponent(id)}`, { method: 'PUT', token, body: { Name: 'Faulted' } }), 500);
    expect(storedName(id)).not.toBe('Faulted');
  });

  it('can answer 429 without Retry-After, and fault the token endpoint too', async () => {
    await addFault({ path: PATHS.attendeeTypes, status: 429 });
    const limited = await list();
    expectConcurError(limited, 429);
    expect(limited.headers.get('retry-after')).toBeNull();

    await addFault({ method: 'POST', path: '/oauth2/v0/token', status: 503, retryAfter: '120' });
    const grant = await sandbox.api('/oauth2/v0/token', { method: 'POST', body: 'grant_type=password', contentType: 'application/x-www-form-urlencoded' });
    expect(grant.status).toBe(503);
    expect(grant.headers.get('retry-after')).toBe('120');
    expect((await sandbox.passwordGrant(ADMIN)).status).toBe(200);
  });

  it('lists pending faults, and DELETE /__chaos/faults clears them', async () => {
    await addFault({ path: PATHS.attendeeTypes, status: 502, times: 5 });
    const pending = (await sandbox.chaos('GET', '/faults')).json() as { faults: { remaining: number }[] };
    expect(pending.faults).toHaveLength(1);
    expect(pending.faults[0]?.remaining).toBe(5);
    expect((await sandbox.chaos('DELETE', '/faults')).status).toBe(204);
    expect((await list()).status).toBe(200);
  });

  it('refuses an invalid fault description with 400', async () => {
    for (const rule of [{ path: 'no-slash', status: 500 }, { path: '/x' }, { path: '/x', status: 500, latencyMs: 10 }, { path: '/x', status: 500, colour: 'red' }]) {
      expect((await sandbox.chaos('POST', '/faults', rule)).status).toBe(400);
    }
  });
});

describe('latency and broken bodies', () => {
  it('delays a matching request by the given time and then answers normally', async () => {
    await addFault({ method: 'GET', path: PATHS.attendeeTypes, latencyMs: 300 });
    const started = performance.now();
    const response = await list();
    const elapsed = performance.now() - started;
    expectJson(response, json().AttendeeTypes);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    const quick = performance.now();
    await list();
    expect(performance.now() - quick).toBeLessThan(290);
  });

  it('returns a truncated JSON body that does not parse', async () => {
    await addFault({ path: PATHS.attendeeTypes, body: 'truncated' });
    const response = await list();
    expect(response.status).toBe(200);
    expectCorrelationId(response.headers);
    expect(() => response.json()).toThrow(SyntaxError);
  });

  it('returns an HTML gateway page instead of the resource', async () => {
    await addFault({ path: PATHS.attendeeTypes, body: 'html' });
    const response = await list();
    expect(response.contentType).toMatch(/^text\/html/);
    expect(response.text).toMatch(/^<!doctype html>/i);
    expect(() => response.json()).toThrow(SyntaxError);
  });
});

describe('connection resets and write counters', () => {
  it('reset before: the client sees a socket error and nothing is written', async () => {
    const id = takeTypeId();
    const name = storedName(id);
    const before = await writes();
    await addFault({ method: 'PUT', path: `${PATHS.attendeeTypes}/*`, reset: 'before' });
    await expect(sandbox.api(`${PATHS.attendeeTypes}/${encodeURIComponent(id)}`, { method: 'PUT', token, body: { Name: 'Never written' } })).rejects.toThrow();
    expect(storedName(id)).toBe(name);
    expect((await writes()).total).toBe(before.total);
  });

  it('reset after commit: the write is committed and counted, but the client sees a socket error', async () => {
    const id = takeTypeId();
    const before = await writes();
    await addFault({ method: 'PUT', path: `${PATHS.attendeeTypes}/*`, reset: 'after-commit' });
    await expect(sandbox.api(`${PATHS.attendeeTypes}/${encodeURIComponent(id)}`, { method: 'PUT', token, body: { Name: 'Committed then reset' } })).rejects.toThrow();
    expect(storedName(id)).toBe('Committed then reset');
    const after = await writes();
    expect(after.total).toBe(before.total + 1);
    expect(after.byResource['PUT expense/attendeetypes']).toBe((before.byResource['PUT expense/attendeetypes'] ?? 0) + 1);
    // The retry a client would make now succeeds and reads back the committed value.
    const again = await sandbox.api(`${PATHS.attendeeTypes}/${encodeURIComponent(id)}`, { token });
    expect(expectJson(again, json().AttendeeType).Name).toBe('Committed then reset');
  });

  it('reset after commit also works for a receipt POST', async () => {
    const line = sandbox.db.prepare("SELECT po_number, external_id FROM po_lines WHERE receipt_type = 'WAMT' LIMIT 1").get() as { po_number: string; external_id: string };
    await addFault({ method: 'POST', path: PATHS.poReceipts, reset: 'after-commit' });
    const body = { PurchaseOrderNumber: line.po_number, LineItemExternalID: line.external_id, GoodsReceiptNumber: 'GR-RESET-1', IsReceived: 'Y' };
    await expect(sandbox.api(PATHS.poReceipts, { method: 'POST', token, body })).rejects.toThrow();
    expect(sandbox.db.prepare("SELECT count(*) AS n FROM po_receipts WHERE goods_receipt_number = 'GR-RESET-1'").get()).toEqual({ n: 1 });
  });

  it('counts writes per resource and entity, and DELETE /__chaos/writes resets them', async () => {
    const id = takeTypeId();
    expect((await sandbox.api(`${PATHS.attendeeTypes}/${encodeURIComponent(id)}`, { method: 'PUT', token, body: { Name: 'Counted' } })).status).toBe(200);
    const counted = await writes();
    expect(counted.total).toBeGreaterThan(0);
    expect(counted.byResource['PUT expense/attendeetypes']).toBeGreaterThan(0);
    expect(counted.byEntity[`expense/attendeetypes/${id}`]).toBe(1);
    expect((await sandbox.chaos('DELETE', '/writes')).status).toBe(204);
    expect(await writes()).toEqual({ total: 0, byResource: {}, byEntity: {} });
    expect((await list()).status).toBe(200);
    expect((await writes()).total).toBe(0);
  });

  it('expiring tokens of an unknown user answers 404', async () => {
    expect((await sandbox.chaos('POST', '/tokens/expire', { login: 'nobody@sandbox.test' })).status).toBe(404);
  });
});
