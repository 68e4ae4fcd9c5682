/**
 * The bench's floor: the least a React page can do to show the same 25 attendee types through the gateway — react and
 * react-dom only, an HTML table, no router, no query cache, no component library. Written with createElement so it
 * builds without a JSX transform.
 */
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Row {
  ID: string;
  Name: string;
  Code: string;
  AttendeeFormID: string;
  ConnectorID: string;
}

interface Page {
  Items: Row[];
  NextPage: string | null;
}

async function accessToken(): Promise<string> {
  const response = await fetch('/auth/refresh', { method: 'POST', headers: { 'X-Concur-Console': '1', Accept: 'application/json' } });
  if (!response.ok) throw new Error(`refresh ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function attendeeTypes(token: string, offset: string | undefined): Promise<Page> {
  const query = new URLSearchParams({ limit: '25', ...(offset ? { offset } : {}) });
  const response = await fetch(`/api/v3.0/expense/attendeetypes?${query.toString()}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`list ${response.status}`);
  return (await response.json()) as Page;
}

function App() {
  const [token, setToken] = useState<string>();
  const [offset, setOffset] = useState<string>();
  const [page, setPage] = useState<Page>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    accessToken().then(setToken, (failure: Error) => setError(failure.message));
  }, []);
  useEffect(() => {
    if (token) attendeeTypes(token, offset).then(setPage, (failure: Error) => setError(failure.message));
  }, [token, offset]);

  const next = page?.NextPage ? (new URL(page.NextPage).searchParams.get('offset') ?? undefined) : undefined;
  return h(
    'main',
    null,
    h('h1', null, 'Attendee types'),
    error && h('p', { role: 'alert' }, error),
    h(
      'table',
      null,
      h('thead', null, h('tr', null, ...['Name', 'Code', 'Attendee form', 'Connector'].map((label) => h('th', { key: label }, label)))),
      h(
        'tbody',
        null,
        ...(page?.Items ?? []).map((row) =>
          h('tr', { key: row.ID, 'data-id': row.ID }, h('td', null, row.Name), h('td', null, row.Code), h('td', null, row.AttendeeFormID), h('td', null, row.ConnectorID)),
        ),
      ),
    ),
    h('button', { id: 'next', type: 'button', disabled: !next, onClick: () => setOffset(next) }, 'Next'),
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(h(App));
