import { expect, type Page, type Request, type Route } from '@playwright/test';
import { listAllTypes, type ApiAttendeeType } from '../attendee-types/concur-api';
import { storedReceipts, type PoLine } from '../po-receipts/concur';
import { concurJsonAs } from '../support/concur-direct';
import { USERS } from '../support/env';

/**
 * Helpers of the request chaos cases (requests.spec.ts). Faults on shared paths go through Playwright routing, private to
 * the test's browser context; the records these cases write are their own (see the `own…` functions below).
 */

export const ATTENDEE_TYPES_API = '/api/v3.0/expense/attendeetypes';
export const TAX_INVOICES_API = '/api/v3.0/expense/digitaltaxinvoices';

/** One request a route saw, and when (Node's clock, the same for every hit). */
export interface Hit {
  at: number;
  request: Request;
  /** Concur refused the token (403 invalid_token): the client refreshes and replays it, which is not a retry. */
  staleToken: boolean;
}

/**
 * Routes the requests `matches` picks; `handle` gets each with its 1-based number and answers it (fulfill, abort,
 * fallback, or nothing at all: a hang). Returns the hits as they come.
 */
export async function intercept(
  page: Page,
  matches: (request: Request, url: URL) => boolean,
  handle: (route: Route, n: number) => Promise<void> | void,
): Promise<Hit[]> {
  const hits: Hit[] = [];
  await page.route(
    () => true,
    async (route) => {
      const request = route.request();
      if (!matches(request, new URL(request.url()))) return route.fallback();
      hits.push({ at: Date.now(), request, staleToken: false });
      return handle(route, hits.length);
    },
  );
  // Another journey may expire the shared finance.admin's tokens at any moment (docs/decisions/003): a request refused
  // for that is replayed once with a fresh token. Such a pair counts as one attempt.
  page.on('response', (response) => {
    const hit = hits.find((candidate) => candidate.request === response.request());
    if (hit && response.status() === 403 && /invalid_token/.test(response.headers()['www-authenticate'] ?? '')) hit.staleToken = true;
  });
  return hits;
}

/** The hits that were attempts of the console (stale-token refusals left out, see `intercept`). */
export const attempts = (hits: readonly Hit[]): Hit[] => hits.filter((hit) => !hit.staleToken);

/** GET of the first page of attendee types (no cursor), the table's request on a cold start and on Refresh. */
export const firstTypesPage = (request: Request, url: URL) =>
  request.method() === 'GET' && url.pathname === ATTENDEE_TYPES_API && !url.searchParams.has('offset');

/** Concur's error answer (`{"Error":{"Message","Server-Time","Id"}}`) with its correlation id header. */
export function concurError(status: number, message: string, id: string, headers: Record<string, string> = {}) {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'concur-correlationid': id, ...headers },
    body: JSON.stringify({ Error: { Message: message, 'Server-Time': new Date().toISOString().slice(0, 19), Id: id } }),
  };
}

/** Every `role=alert` on the page: MUI's Snackbar toasts are alerts, and so are inline error messages. */
export const alerts = (page: Page) => page.getByRole('alert');

/** The first page of attendee types as Concur holds it (25 = the table's default page size). */
export async function firstPageIds(): Promise<string[]> {
  const page = await concurJsonAs<{ Items: ApiAttendeeType[] }>(USERS.finance, `${ATTENDEE_TYPES_API}?limit=25`);
  return page.Items.map((type) => type.ID);
}

/**
 * Company attendee types only these cases edit: from the middle of Concur's list (the attendee-types journeys take
 * the last ones, the session journey the first page). Only the attendee form id and code are changed, never the name
 * (the CSV export journey compares names), and every value is put back afterwards.
 */
export async function ownAttendeeType(slot: number): Promise<OwnAttendeeType> {
  const types = await listAllTypes();
  const type = types[140 + slot * 3];
  if (!type) throw new Error(`the sandbox has too few attendee types for slot ${slot}`);
  return concurJsonAs<OwnAttendeeType>(USERS.finance, `${ATTENDEE_TYPES_API}/${encodeURIComponent(type.ID)}`);
}

export interface OwnAttendeeType extends ApiAttendeeType {
  AttendeeFormID: string;
}

/** The tax invoice queue page these cases use (the tax-invoices journeys use pages 2-12). */
export const OWN_QUEUE_PAGE = 18;

/**
 * A quantity-based PO line only these cases write receipts to: found from the 60th PO of last year on (the PO receipts
 * journeys use the first lines of this year's POs), so its write counter is this file's alone.
 */
let ownLine: Promise<PoLine> | undefined;
export function ownPoLine(): Promise<PoLine> {
  ownLine ??= (async () => {
    const year = new Date().getFullYear() - 1;
    for (let sequence = 60; sequence <= 120; sequence += 1) {
      const po = `PO-${year}-${String(sequence).padStart(6, '0')}`;
      const quantityBased = (await storedReceipts({ purchaseOrderNumber: po })).find((receipt) => receipt.ReceivedQuantity);
      if (quantityBased) return { po, line: quantityBased.LineItemExternalID };
    }
    throw new Error('no quantity-based PO line found for the chaos cases');
  })();
  return ownLine;
}

/** N1 for the PO receipt form: every typed value is still in its field. */
export async function expectReceiptKept(
  page: Page,
  values: { po: string; line: string; quantity: string; grn: string; slip: string; date: string },
): Promise<void> {
  const field = (label: string) => page.getByRole('textbox', { name: label, exact: true });
  await expect(field('PO number')).toHaveValue(values.po);
  await expect(field('Line item external ID')).toHaveValue(values.line);
  await expect(field('Received quantity')).toHaveValue(values.quantity);
  await expect(field('Goods receipt number')).toHaveValue(values.grn);
  await expect(field('Delivery slip number')).toHaveValue(values.slip);
  await expect(page.locator('#receipt-receivedDate')).toHaveValue(values.date);
}
