import { concurRequest } from '../../../lib/concur/concur-client';
import { offsetFromNextPage } from '../../../lib/concur/next-page';
import { attendeeTypePageSchema, attendeeTypeSchema, type AttendeeType, type AttendeeTypePage } from './attendee-type-schema';

const LIST_PATH = '/expense/attendeetypes';

export interface PageParams {
  limit: number;
  /** Concur's opaque cursor from the previous page's NextPage; undefined for the first page. */
  offset?: string;
}

/** Ids hold `$` and may hold other characters: always encoded in the path. */
export const attendeeTypePath = (id: string) => `${LIST_PATH}/${encodeURIComponent(id)}`;

export function fetchAttendeeTypesPage({ limit, offset }: PageParams, signal?: AbortSignal): Promise<AttendeeTypePage> {
  return concurRequest({ path: LIST_PATH, query: { limit, offset }, schema: attendeeTypePageSchema, signal });
}

export function fetchAttendeeType(id: string, signal?: AbortSignal): Promise<AttendeeType> {
  return concurRequest({ path: attendeeTypePath(id), schema: attendeeTypeSchema, signal });
}

/** One page as the table keeps it: the types, and the cursor of the page after it (null on the last page). */
export interface LoadedPage {
  items: AttendeeType[];
  nextOffset: string | null;
}

export async function loadPage(params: PageParams, signal?: AbortSignal): Promise<LoadedPage> {
  const page = await fetchAttendeeTypesPage(params, signal);
  return { items: page.Items, nextOffset: offsetFromNextPage(page.NextPage) ?? null };
}
