import { beforeAll, describe, expect, it } from 'vitest';
import { contractFor, type AttendeeType, type AttendeeTypes } from './contract-schemas';
import { duplicates, expectConcurError, expectJson, expectXml } from './assertions';
import { ADMIN, AP_CLERK, PATHS, TRAVEL_MANAGER, tamper, useSandbox, walkPages, withQuery } from './harness';

const sandbox = useSandbox();
const json = () => contractFor(sandbox.url, 'json');
const xml = () => contractFor(sandbox.url, 'xml');
let token = '';

beforeAll(async () => {
  token = await sandbox.passwordToken(ADMIN);
});

/** Non-system attendee types straight from the database, for tests that change data (each test takes its own). */
function editableTypeIds(): string[] {
  const rows = sandbox.db.prepare('SELECT id FROM attendee_types WHERE is_system = 0 AND deleted = 0 ORDER BY seq').all() as { id: string }[];
  return rows.map((row) => row.id);
}
let nextEditable = 0;
function takeEditableId(): string {
  const id = editableTypeIds()[nextEditable++];
  if (id === undefined) throw new Error('no editable attendee type left');
  return id;
}
const itemPath = (id: string) => `${PATHS.attendeeTypes}/${encodeURIComponent(id)}`;

async function getType(id: string): Promise<AttendeeType> {
  return expectJson(await sandbox.api(itemPath(id), { token }), json().AttendeeType);
}

describe('GET /expense/attendeetypes (list)', () => {
  it('answers JSON in the AttendeeTypes contract with 25 items by default and an opaque NextPage', async () => {
    const page = expectJson(await sandbox.api(PATHS.attendeeTypes, { token }), json().AttendeeTypes);
    expect(page.Items).toHaveLength(25);
    expect(page.NextPage).not.toBeNull();
    expect(new URL(page.NextPage ?? '').searchParams.get('limit')).toBe('25');
  });

  it('answers XML with an <AttendeeTypes> root carrying the same data as the JSON form', async () => {
    const fromJson = expectJson(await sandbox.api(PATHS.attendeeTypes, { token }), json().AttendeeTypes);
    const fromXml = expectXml(await sandbox.api(PATHS.attendeeTypes, { token, accept: 'xml' }), 'AttendeeTypes', xml().AttendeeTypes);
    expect({ ...fromXml, NextPage: null }).toEqual({ ...fromJson, NextPage: null });
    // Cursor tokens may differ between two requests but both continue after the same item.
    expect(fromXml.NextPage === null).toBe(fromJson.NextPage === null);
  });

  it('walks every NextPage and returns every active attendee type exactly once (>= 300)', async () => {
    const pages = await walkPages(sandbox, withQuery(PATHS.attendeeTypes, { limit: '100' }), token, (body) => json().AttendeeTypes.parse(body));
    const ids = pages.flatMap((page) => page.Items.map((item) => item.ID));
    expect(ids.length).toBeGreaterThanOrEqual(300);
    expect(duplicates(ids)).toEqual([]);
    const active = sandbox.db.prepare('SELECT id FROM attendee_types WHERE deleted = 0 ORDER BY seq').all() as { id: string }[];
    expect(ids).toEqual(active.map((row) => row.id));
    for (const page of pages.slice(0, -1)) expect(page.Items).toHaveLength(100);
    expect(pages.at(-1)?.NextPage).toBeNull();
  });

  it('walks the default 25-item pages with the XML NextPage links as well', async () => {
    let next: string | null = PATHS.attendeeTypes;
    const ids: string[] = [];
    while (next !== null) {
      const page: AttendeeTypes = expectXml(await sandbox.api(next, { token, accept: 'xml' }), 'AttendeeTypes', xml().AttendeeTypes);
      expect(page.Items.length).toBeLessThanOrEqual(25);
      ids.push(...page.Items.map((item) => item.ID));
      next = page.NextPage;
    }
    const count = (sandbox.db.prepare('SELECT count(*) AS n FROM attendee_types WHERE deleted = 0').get() as { n: number }).n;
    expect(ids).toHaveLength(count);
    expect(duplicates(ids)).toEqual([]);
  });

  it('caps limit at 100', async () => {
    const page = expectJson(await sandbox.api(withQuery(PATHS.attendeeTypes, { limit: '1000' }), { token }), json().AttendeeTypes);
    expect(page.Items).toHaveLength(100);
  });

  it.each(['0', 'abc', '-1', '2.5', '1e2'])('rejects limit=%s with 400', async (limit) => {
    const response = await sandbox.api(`${PATHS.attendeeTypes}?limit=${limit}`, { token });
    expect(expectConcurError(response, 400).Message).toMatch(/limit/i);
  });

  it('rejects a tampered, numeric or foreign offset with 400', async () => {
    const page = expectJson(await sandbox.api(PATHS.attendeeTypes, { token }), json().AttendeeTypes);
    const offset = new URL(page.NextPage ?? '').searchParams.get('offset') ?? '';
    expectConcurError(await sandbox.api(withQuery(PATHS.attendeeTypes, { offset: tamper(offset) }), { token }), 400);
    expectConcurError(await sandbox.api(withQuery(PATHS.attendeeTypes, { offset: '25' }), { token }), 400);
    const invoices = await sandbox.api(PATHS.taxInvoices, { token });
    const foreign = new URL((invoices.json() as { NextPage: string }).NextPage).searchParams.get('offset') ?? '';
    expectConcurError(await sandbox.api(withQuery(PATHS.attendeeTypes, { offset: foreign }), { token }), 400);
  });

  it("holds Concur's standard codes, never NOSHOWS/UNDEF/SYSEMP, unique names, and ids with $", async () => {
    const pages = await walkPages(sandbox, withQuery(PATHS.attendeeTypes, { limit: '100' }), token, (body) => json().AttendeeTypes.parse(body));
    const items = pages.flatMap((page) => page.Items);
    const codes = items.map((item) => item.Code);
    for (const code of ['EMPLOYEE', 'SPOUSE', 'BUSGUEST', 'HCP']) expect(codes).toContain(code);
    for (const code of ['NOSHOWS', 'UNDEF', 'SYSEMP']) expect(codes).not.toContain(code);
    expect(duplicates(items.map((item) => item.Name.toLowerCase()))).toEqual([]);
    expect(items.filter((item) => item.ID.includes('$')).length).toBeGreaterThan(items.length / 2);
  });
});

describe('GET /expense/attendeetypes/{id}', () => {
  it('answers the item in JSON and XML, and the item URI leads back to it', async () => {
    const first = expectJson(await sandbox.api(PATHS.attendeeTypes, { token }), json().AttendeeTypes).Items[0];
    if (!first) throw new Error('empty list');
    const one = await getType(first.ID);
    expect(one).toEqual(first);
    const viaUri = expectJson(await sandbox.api(first.URI, { token }), json().AttendeeType);
    expect(viaUri).toEqual(first);
    const asXml = expectXml(await sandbox.api(itemPath(first.ID), { token, accept: 'xml' }), 'AttendeeType', xml().AttendeeType);
    expect(asXml).toEqual(first);
  });

  it('finds an id containing $ whether the $ is sent raw or as %24', async () => {
    const id = editableTypeIds().find((candidate) => candidate.includes('$'));
    if (!id) throw new Error('no id with $ in the seed');
    const raw = expectJson(await sandbox.api(`${PATHS.attendeeTypes}/${id}`, { token }), json().AttendeeType);
    const encoded = expectJson(await sandbox.api(`${PATHS.attendeeTypes}/${id.replaceAll('$', '%24')}`, { token }), json().AttendeeType);
    expect(raw.ID).toBe(id);
    expect(encoded.ID).toBe(id);
  });

  it('answers 404 with a Concur error for an unknown id, in JSON and XML', async () => {
    expect(expectConcurError(await sandbox.api(itemPath('gWunknown$id0000000000000'), { token }), 404).Message).toBeTruthy();
    expectConcurError(await sandbox.api(itemPath('gWunknown$id0000000000000'), { token, accept: 'xml' }), 404);
  });

  it('is forbidden (403) to the travel manager and the AP clerk', async () => {
    for (const login of [TRAVEL_MANAGER, AP_CLERK]) {
      const other = await sandbox.passwordToken(login);
      expectConcurError(await sandbox.api(PATHS.attendeeTypes, { token: other }), 403);
      expectConcurError(await sandbox.api(itemPath(editableTypeIds()[0] ?? 'x'), { token: other }), 403);
    }
  });
});

describe('PUT /expense/attendeetypes/{id} (partial update)', () => {
  it('changes only the fields sent and answers 200', async () => {
    const id = takeEditableId();
    const before = await getType(id);
    const response = await sandbox.api(itemPath(id), { method: 'PUT', token, body: { Name: 'Visiting Auditor (contract test)' } });
    expect(response.status, response.text).toBe(200);
    const after = await getType(id);
    expect(after).toEqual({ ...before, Name: 'Visiting Auditor (contract test)' });

    const flags = { AllowManuallyEnteredAttendees: !before.AllowManuallyEnteredAttendees, DuplicateSearchFields: ['LastName', 'Company'] };
    expect((await sandbox.api(itemPath(id), { method: 'PUT', token, body: flags })).status).toBe(200);
    expect(await getType(id)).toEqual({ ...after, ...flags });
  });

  it('accepts an XML body', async () => {
    const id = takeEditableId();
    const before = await getType(id);
    const body =
      '<?xml version="1.0" encoding="utf-8"?><AttendeeType><Name>Board Observer &amp; Guest</Name>' +
      '<AllowAttendeeCountEditing>true</AllowAttendeeCountEditing>' +
      '<DuplicateSearchFields><DuplicateSearchField>FirstName</DuplicateSearchField><DuplicateSearchField>Title</DuplicateSearchField></DuplicateSearchFields>' +
      '</AttendeeType>';
    const response = await sandbox.api(itemPath(id), { method: 'PUT', token, body, contentType: 'application/xml', accept: 'xml' });
    expect(response.status, response.text).toBe(200);
    expect(await getType(id)).toEqual({
      ...before,
      Name: 'Board Observer & Guest',
      AllowAttendeeCountEditing: true,
      DuplicateSearchFields: ['FirstName', 'Title'],
    });
  });

  it('rejects a Name another type already has (any case) with 400 and changes nothing', async () => {
    const [a, b] = [takeEditableId(), takeEditableId()];
    const other = await getType(b);
    const before = await getType(a);
    const response = await sandbox.api(itemPath(a), { method: 'PUT', token, body: { Name: other.Name.toUpperCase() } });
    expect(expectConcurError(response, 400).Message).toMatch(/name/i);
    expect(await getType(a)).toEqual(before);
  });

  it('accepts a 40-character Name and rejects 41 characters with 400', async () => {
    const id = takeEditableId();
    expect((await sandbox.api(itemPath(id), { method: 'PUT', token, body: { Name: 'N'.repeat(40) } })).status).toBe(200);
    expect((await getType(id)).Name).toBe('N'.repeat(40));
    expect(expectConcurError(await sandbox.api(itemPath(id), { method: 'PUT', token, body: { Name: 'M'.repeat(41) } }), 400).Message).toMatch(/40/);
    expect((await getType(id)).Name).toBe('N'.repeat(40));
  });

  it('rejects an unknown field with 400 naming it', async () => {
    const id = takeEditableId();
    const response = await sandbox.api(itemPath(id), { method: 'PUT', token, body: { Name: 'Fine name', Colour: 'blue' } });
    expect(expectConcurError(response, 400).Message).toMatch(/Colour/);
  });

  it.each([
    ['Name as a number', { Name: 42 }],
    ['Name as null', { Name: null }],
    ['an empty Name', { Name: '   ' }],
    ['a boolean as a string', { AllowManuallyEnteredAttendees: 'yes' }],
    ['a boolean as a number', { AllowAttendeeCountEditing: 1 }],
    ['DuplicateSearchFields as a string', { DuplicateSearchFields: 'FirstName' }],
    ['DuplicateSearchFields with a number', { DuplicateSearchFields: ['FirstName', 7] }],
  ])('rejects %s with 400', async (_label, body) => {
    const id = takeEditableId();
    const before = await getType(id);
    expectConcurError(await sandbox.api(itemPath(id), { method: 'PUT', token, body }), 400);
    expect(await getType(id)).toEqual(before);
  });

  it('answers 404 for an unknown id and 403 for a token without the write scope', async () => {
    expectConcurError(await sandbox.api(itemPath('gWnope$nope00000000000000'), { method: 'PUT', token, body: { Name: 'x' } }), 404);
    const clerk = await sandbox.passwordToken(AP_CLERK);
    expectConcurError(await sandbox.api(itemPath(takeEditableId()), { method: 'PUT', token: clerk, body: { Name: 'x' } }), 403);
  });
});

describe('DELETE /expense/attendeetypes/{id}', () => {
  it('refuses to delete a standard type such as EMPLOYEE (400) and keeps it', async () => {
    const employee = sandbox.db.prepare("SELECT id FROM attendee_types WHERE code = 'EMPLOYEE'").get() as { id: string };
    expect(expectConcurError(await sandbox.api(itemPath(employee.id), { method: 'DELETE', token }), 400).Message).toBeTruthy();
    expect((await getType(employee.id)).Code).toBe('EMPLOYEE');
  });

  it('deletes a normal type: 200, then GET answers 404, the list no longer holds it, and a second DELETE answers 404', async () => {
    const id = takeEditableId();
    const response = await sandbox.api(itemPath(id), { method: 'DELETE', token });
    expect(response.status, response.text).toBe(200);
    expectConcurError(await sandbox.api(itemPath(id), { token }), 404);
    const pages = await walkPages(sandbox, withQuery(PATHS.attendeeTypes, { limit: '100' }), token, (body) => json().AttendeeTypes.parse(body));
    expect(pages.flatMap((page) => page.Items.map((item) => item.ID))).not.toContain(id);
    expectConcurError(await sandbox.api(itemPath(id), { method: 'DELETE', token }), 404);
  });

  it('does not offer POST (unsupported by Concur since 2016): 4xx in the Concur error shape', async () => {
    const response = await sandbox.api(PATHS.attendeeTypes, { method: 'POST', token, body: { Name: 'New', Code: 'NEW', AttendeeFormID: 'x' } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expectConcurError(response, response.status);
  });
});
