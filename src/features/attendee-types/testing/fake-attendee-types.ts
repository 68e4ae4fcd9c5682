import { http, HttpResponse } from 'msw';
import type { AttendeeType } from '../api/attendee-type-schema';

const CONCUR = 'https://us.api.concursolutions.com';
const LIST = '/api/v3.0/expense/attendeetypes';

export interface StoredType extends AttendeeType {
  standard?: boolean;
}

/** `count` types with `$` in their ids, as Concur's; the first is the standard EMPLOYEE type. */
export function makeTypes(count: number): StoredType[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(3, '0');
    const id = `gWt${n}$pX${n}`;
    return {
      ID: id,
      URI: `${CONCUR}${LIST}/${encodeURIComponent(id)}`,
      Name: index === 0 ? 'Employee' : `Type ${n}`,
      Code: index === 0 ? 'EMPLOYEE' : `CODE_${n}`,
      AttendeeFormID: 'gWform$standard',
      ConnectorID: index % 7 === 3 ? 'gWconn$crm' : '',
      DuplicateSearchFields: index % 2 ? ['FirstName', 'LastName'] : ['Company'],
      AllowManuallyEnteredAttendees: index % 3 !== 0,
      AllowAttendeeCountEditing: index % 5 === 0,
      standard: index === 0,
    };
  });
}

const concurError = (status: number, message: string, id = `corr-${status}`) =>
  HttpResponse.json({ Error: { Message: message, 'Server-Time': '2026-01-01T00:00:00', Id: id } }, { status, headers: { 'concur-correlationid': id } });

/**
 * A small Concur for the table: keyset pages with opaque cursors in a full NextPage URL, GET/PUT/DELETE by id with
 * Concur's refusals (standard types cannot be deleted; names must be unique). Requests are recorded in `seen`.
 */
export function fakeAttendeeTypes(types: StoredType[]) {
  const seen: { method: string; url: URL; body?: unknown }[] = [];
  const find = (rawId: string) => types.find((type) => type.ID === decodeURIComponent(rawId));
  const publicOf = ({ standard: _standard, ...type }: StoredType) => type;
  const handlers = [
    http.get(LIST, ({ request }) => {
      const url = new URL(request.url);
      seen.push({ method: 'GET', url });
      const limit = Math.min(Number(url.searchParams.get('limit') ?? 25), 100);
      const offset = url.searchParams.get('offset');
      const after = offset ? Number(atob(offset).replace('after:', '')) : 0;
      if (Number.isNaN(after)) return concurError(400, 'The offset parameter is not valid.');
      const start = offset ? types.findIndex((type) => Number(type.ID.slice(3, 6)) > after) : 0;
      const page = start < 0 ? [] : types.slice(start, start + limit);
      const last = page.at(-1);
      const more = start >= 0 && start + limit < types.length && last;
      const nextPage = more ? `${CONCUR}${LIST}?limit=${limit}&offset=${btoa(`after:${Number(last.ID.slice(3, 6))}`)}` : null;
      return HttpResponse.json({ Items: page.map(publicOf), NextPage: nextPage });
    }),
    http.get(`${LIST}/:id`, ({ params, request }) => {
      seen.push({ method: 'GET', url: new URL(request.url) });
      const type = find(String(params.id));
      return type ? HttpResponse.json(publicOf(type)) : concurError(404, 'No such attendee type.');
    }),
    http.put(`${LIST}/:id`, async ({ params, request }) => {
      const body = (await request.json()) as Partial<AttendeeType>;
      seen.push({ method: 'PUT', url: new URL(request.url), body });
      const type = find(String(params.id));
      if (!type) return concurError(404, 'No such attendee type.');
      if (body.Name && types.some((other) => other !== type && other.Name.toLowerCase() === body.Name?.toLowerCase())) {
        return concurError(400, `Another attendee type is already named "${body.Name}". Names must be unique.`);
      }
      Object.assign(type, body);
      return new HttpResponse(null, { status: 200 });
    }),
    http.delete(`${LIST}/:id`, ({ params, request }) => {
      seen.push({ method: 'DELETE', url: new URL(request.url) });
      const type = find(String(params.id));
      if (!type) return concurError(404, 'No such attendee type.');
      if (type.standard) return concurError(400, `"${type.Name}" is a standard Concur attendee type and cannot be deleted.`);
      types.splice(types.indexOf(type), 1);
      return new HttpResponse(null, { status: 200 });
    }),
  ];
  return { handlers, seen, types, concurError };
}
