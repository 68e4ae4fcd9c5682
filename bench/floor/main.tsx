/**
 * The bench's floor: the least a React page can do to show the same data through the gateway — react and react-dom
 * only, HTML tables and buttons, no router, no query cache, no component library. One page for every route, chosen by
 * `?route=` (attendee-types by default); the bench passes what a route needs (a date range, a PO line) in the query
 * string too. Written with createElement so it builds without a JSX transform.
 */
import { createElement as h, useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

type Item = Record<string, unknown>;

interface Page {
  Items: Item[] | null;
  NextPage: string | null;
}

const params = new URLSearchParams(location.search);
const route = params.get('route') ?? 'attendee-types';

async function accessToken(): Promise<string> {
  const response = await fetch('/auth/refresh', { method: 'POST', headers: { 'X-Concur-Console': '1', Accept: 'application/json' } });
  if (!response.ok) throw new Error(`refresh ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function api<T>(token: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`/api/v3.0${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`${path} ${response.status}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

const offsetOf = (next: string | null) => (next ? (new URL(next).searchParams.get('offset') ?? undefined) : undefined);
const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function table(columns: string[], items: Item[]): ReactNode {
  return h(
    'table',
    null,
    h('thead', null, h('tr', null, ...columns.map((label) => h('th', { key: label }, label)))),
    h('tbody', null, ...items.map((row, index) => h('tr', { key: cell(row.ID) || index, 'data-id': cell(row.ID) || String(index) }, ...columns.map((column) => h('td', { key: column }, cell(row[column])))))),
  );
}

/** A paged list with a Next button: attendee types. */
function PagedList({ token, path, columns }: { token: string; path: string; columns: string[] }) {
  const [offset, setOffset] = useState<string>();
  const [page, setPage] = useState<Page>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const query = new URLSearchParams({ limit: '25', ...(offset ? { offset } : {}) });
    api<Page>(token, `${path}?${query.toString()}`).then(setPage, (failure: Error) => setError(failure.message));
  }, [token, path, offset]);
  const next = offsetOf(page?.NextPage ?? null);
  return h(
    'div',
    null,
    error && h('p', { role: 'alert' }, error),
    table(columns, page?.Items ?? []),
    h('button', { id: 'next', type: 'button', disabled: !next, onClick: () => setOffset(next) }, 'Next'),
  );
}

/** The tax invoice queue: 25 ids, and one invoice's detail with a decision that moves on to the next invoice. */
function TaxInvoices({ token }: { token: string }) {
  const [page, setPage] = useState<Page>();
  const [index, setIndex] = useState(0);
  const [detail, setDetail] = useState<{ id: string; data: Item }>();
  const [error, setError] = useState<string>();
  const items = page?.Items ?? [];
  const current = items[index];
  // The detail shown is the current invoice's only once its own GET has answered.
  const shown = current && detail?.id === cell(current.ID) ? detail.data : undefined;
  useEffect(() => {
    api<Page>(token, '/expense/digitaltaxinvoices?limit=25').then(setPage, (failure: Error) => setError(failure.message));
  }, [token]);
  useEffect(() => {
    if (!current) return;
    const id = cell(current.ID);
    api<Item>(token, `/expense/digitaltaxinvoices/${encodeURIComponent(id)}`).then((data) => setDetail({ id, data }), (failure: Error) => setError(failure.message));
  }, [token, current]);
  const decide = () => {
    if (!current) return;
    api(token, `/expense/digitaltaxinvoices/${encodeURIComponent(cell(current.ID))}`, { method: 'PUT', body: { Status: 'VALID', Comment: '' } }).then(
      () => setIndex((value) => value + 1),
      (failure: Error) => setError(failure.message),
    );
  };
  return h(
    'div',
    null,
    error && h('p', { role: 'alert' }, error),
    h('table', null, h('tbody', null, ...items.map((row) => h('tr', { key: cell(row.ID), 'data-id': cell(row.ID) }, h('td', null, h('a', { href: `#${cell(row.ID)}` }, cell(row.ID))))))),
    current &&
      h(
        'article',
        { 'data-invoice-id': cell(current.ID), 'aria-busy': shown ? 'false' : 'true' },
        shown && h('pre', null, cell(shown.ReceiptData).slice(0, 2000)),
        h('button', { id: 'decide', type: 'button', onClick: decide }, 'Save decision'),
      ),
  );
}

/** Opportunities for the range in the query string, every page, after a click on Search. */
function Opportunities({ token }: { token: string }) {
  const [items, setItems] = useState<Item[]>();
  const [error, setError] = useState<string>();
  const search = async () => {
    setItems(undefined);
    const all: Item[] = [];
    let offset: string | undefined;
    do {
      const query = new URLSearchParams({ fromUtc: params.get('from') ?? '', toUtc: params.get('to') ?? '', ...(offset ? { offset } : {}) });
      const page = await api<Page>(token, `/insights/opportunities?${query.toString()}`);
      all.push(...(page.Items ?? []));
      offset = offsetOf(page.NextPage);
    } while (offset);
    setItems(all);
  };
  return h(
    'div',
    null,
    error && h('p', { role: 'alert' }, error),
    h('button', { id: 'search', type: 'button', onClick: () => search().catch((failure: Error) => setError(failure.message)) }, 'Search'),
    items && h('p', { role: 'status' }, `Showing ${items.length} of ${items.length} opportunities`),
    table(['ID', 'OpportunityType', 'TripStartDate', 'Amount'], items ?? []),
  );
}

/** One PO receipt saved with a PUT, for the PO line in the query string; the bench changes #grn between saves. */
function PoReceipts({ token }: { token: string }) {
  const [grn, setGrn] = useState('');
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<string>();
  const save = () => {
    const body = {
      PurchaseOrderNumber: params.get('po') ?? '',
      LineItemExternalID: params.get('line') ?? '',
      ReceivedDate: '2026-03-15',
      ReceivedQuantity: '1234.5',
      GoodsReceiptNumber: grn,
      Version: '2.0',
    };
    setSaved(undefined);
    api(token, '/invoice/purchaseorderreceipts', { method: 'PUT', body }).then(() => setSaved(grn), (failure: Error) => setError(failure.message));
  };
  return h(
    'form',
    { onSubmit: (event: { preventDefault(): void }) => (event.preventDefault(), save()) },
    error && h('p', { role: 'alert' }, error),
    h('label', null, 'Goods receipt number ', h('input', { id: 'grn', value: grn, onChange: (event: { target: { value: string } }) => setGrn(event.target.value) })),
    h('button', { id: 'save', type: 'submit' }, 'Save receipt'),
    saved && h('p', { role: 'status' }, `Receipt saved: ${saved}`),
  );
}

function App() {
  const [token, setToken] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    accessToken().then(setToken, (failure: Error) => setError(failure.message));
  }, []);
  const body =
    !token ? null
    : route === 'tax-invoices' ? h(TaxInvoices, { token })
    : route === 'opportunities' ? h(Opportunities, { token })
    : route === 'po-receipts' ? h(PoReceipts, { token })
    : h(PagedList, { token, path: '/expense/attendeetypes', columns: ['Name', 'Code', 'AttendeeFormID', 'ConnectorID'] });
  return h('main', null, h('h1', null, route), error && h('p', { role: 'alert' }, error), body);
}

const root = document.getElementById('root');
if (root) createRoot(root).render(h(App));
