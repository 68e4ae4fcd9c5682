import { concurAs, concurJsonAs } from '../support/concur-direct';
import { USERS } from '../support/env';

/** Straight to the sandbox (support/concur-direct.ts), to compare what the console shows with what Concur holds and to put back names a test changed. */
export interface ApiAttendeeType {
  ID: string;
  Name: string;
  Code: string;
}

const LIST = '/api/v3.0/expense/attendeetypes';

/** Every attendee type, in Concur's order, following NextPage to the end. */
export async function listAllTypes(): Promise<ApiAttendeeType[]> {
  const all: ApiAttendeeType[] = [];
  let offset: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '100', ...(offset ? { offset } : {}) });
    const page: { Items: ApiAttendeeType[]; NextPage: string | null } = await concurJsonAs(USERS.finance, `${LIST}?${query.toString()}`);
    all.push(...page.Items);
    offset = page.NextPage ? new URL(page.NextPage).searchParams.get('offset') : null;
  } while (offset);
  return all;
}

export const getType = (id: string) => concurJsonAs<ApiAttendeeType>(USERS.finance, `${LIST}/${encodeURIComponent(id)}`);

export async function renameType(id: string, name: string): Promise<void> {
  const response = await concurAs(USERS.finance, `${LIST}/${encodeURIComponent(id)}`, { method: 'PUT', body: JSON.stringify({ Name: name }) });
  if (!response.ok) throw new Error(`rename ${id}: ${response.status} ${await response.text()}`);
}
