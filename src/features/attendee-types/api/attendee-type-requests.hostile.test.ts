import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConcurError } from '../../../lib/concur/concur-error';
import { recordRequests, server } from '../../../testing/msw-server';
import { answer, failureOf } from '../../../testing/hostile-answers';
import { signIn } from '../../../testing/sessions';
import { fetchAttendeeType, loadPage } from './attendee-type-requests';

const LIST = '/api/v3.0/expense/attendeetypes';
const TYPE = { ID: 'gWt001$pX001', Name: 'Guest', Code: 'GUEST', AttendeeFormID: 'gWform$std', ConnectorID: '', DuplicateSearchFields: ['FirstName'], AllowManuallyEnteredAttendees: true, AllowAttendeeCountEditing: false };

beforeEach(() => signIn());

describe('attendee type list: answers that are not what Concur documents', () => {
  it.each([
    ['an HTML gateway page', answer('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html; charset=utf-8')],
    ['XML (Concur’s default without Accept)', answer('<?xml version="1.0"?><AttendeeTypes><Items/></AttendeeTypes>', 'application/xml')],
    ['HTML labelled as JSON', answer('<html>oops</html>')],
    ['truncated JSON', answer('{"Items":[{"ID":"gWt001$pX001","Name":"Gu')],
    ['a JSON string', answer('"Items"')],
    ['Items as a string', answer('{"Items":"gWt001$pX001","NextPage":null}')],
    ['an ID that is a number', answer('{"Items":[{"ID":1,"Name":"Guest"}],"NextPage":null}')],
    ['an empty ID', answer('{"Items":[{"ID":"","Name":"Guest"}],"NextPage":null}')],
    ['a missing Name', answer('{"Items":[{"ID":"gWt001$pX001"}],"NextPage":null}')],
    ['a flag written as text', answer('{"Items":[{"ID":"gWt001$pX001","Name":"Guest","AllowManuallyEnteredAttendees":"true"}],"NextPage":null}')],
    ['DuplicateSearchFields as one string', answer('{"Items":[{"ID":"gWt001$pX001","Name":"Guest","DuplicateSearchFields":"FirstName"}],"NextPage":null}')],
    ['NextPage as a number', answer('{"Items":[],"NextPage":2}')],
  ])('%s is an invalid-response error, never data', async (_label, resolver) => {
    server.use(http.get(LIST, resolver));
    const error = await failureOf(loadPage({ limit: 25 }));
    expect(error).toBeInstanceOf(ConcurError);
    expect(error).toMatchObject({ kind: 'invalid-response' });
  });

  it('drops fields Concur does not document, including __proto__ and constructor', async () => {
    server.use(
      http.get(LIST, answer(JSON.stringify({ Items: [{ ...TYPE, Secret: 'x', isAdmin: true }], NextPage: null, Debug: { stack: 'at x' } }).replace('"Secret"', '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"Secret"'))),
    );
    const page = await loadPage({ limit: 25 });
    expect(page).toEqual({ items: [TYPE], nextOffset: null });
    expect(Object.keys(page.items[0] ?? {}).sort()).toEqual(Object.keys(TYPE).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads missing optional fields and an absent Items as empty values', async () => {
    server.use(http.get(LIST, answer('{"NextPage":null}')));
    expect(await loadPage({ limit: 25 })).toEqual({ items: [], nextOffset: null });
  });

  it.each([
    'https://evil.example/api/v3.0/expense/attendeetypes?offset=abc',
    '//evil.example/api/v3.0/expense/attendeetypes?offset=abc',
    'https://us.api.concursolutions.com.evil.example/api/v3.0/expense/attendeetypes?offset=abc',
    'javascript:alert(1)//?offset=abc',
  ])('a NextPage pointing at another host (%s) fails the page instead of being followed', async (nextPage) => {
    const seen = recordRequests();
    server.use(http.get(LIST, () => HttpResponse.json({ Items: [TYPE], NextPage: nextPage })));
    expect(await failureOf(loadPage({ limit: 25 }))).toMatchObject({ kind: 'invalid-response' });
    expect(seen.map((request) => new URL(request.path, 'http://localhost').pathname)).toEqual([LIST]);
  });

  it('sends a cursor back only as a query value, however it is written', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(LIST, ({ request }) => {
        seen.push(new URL(request.url));
        return HttpResponse.json({ Items: [], NextPage: null });
      }),
    );
    await loadPage({ limit: 25, offset: '../../auth/logout?x=1#y' });
    expect(seen[0]?.pathname).toBe(LIST);
    expect(seen[0]?.searchParams.get('offset')).toBe('../../auth/logout?x=1#y');
  });
});

describe('attendee type detail: ids that could change the path', () => {
  it.each([
    ['a $', 'gWt001$pX001', `${LIST}/gWt001%24pX001`],
    ['a slash', 'gWt/../../auth/logout', `${LIST}/gWt%2F..%2F..%2Fauth%2Flogout`],
    ['an encoded slash', 'gWt%2Fx', `${LIST}/gWt%252Fx`],
    ['a query and a fragment', 'gWt?admin=1#x', `${LIST}/gWt%3Fadmin%3D1%23x`],
    ['a backslash', 'gWt\\..\\x', `${LIST}/gWt%5C..%5Cx`],
    ['an encoded dot segment', '%2e%2e', `${LIST}/%252e%252e`],
  ])('an id with %s stays one encoded path segment under attendeetypes', async (_label, id, path) => {
    const seen = recordRequests();
    server.use(http.get(`${LIST}/:id`, ({ params }) => HttpResponse.json({ ...TYPE, ID: String(params.id) })));
    const type = await fetchAttendeeType(id);
    expect(seen.map((request) => request.path)).toEqual([path]);
    expect(type.ID).toBe(id);
  });

  it.each(['..', '.'])('an id that is a dot segment (%s) is refused before anything is sent', async (id) => {
    const seen = recordRequests();
    await expect(fetchAttendeeType(id)).rejects.toThrow(/Not a Concur API path/);
    expect(seen).toEqual([]);
  });
});
