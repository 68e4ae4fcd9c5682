import { delay, http, HttpResponse } from 'msw';
import { configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { server } from '../../../testing/msw-server';
import { signIn } from '../../../testing/sessions';

// These screens are large (a date picker, a hundred-row grid): on a busy machine a step can take more than a second.
configure({ asyncUtilTimeout: 5_000 });

// Each render makes its own Emotion cache, whose <style> elements outlive the test; left in place, every later role
// query (which computes styles) gets slower. The next render writes the styles it needs again.
afterEach(() => {
  for (const style of document.head.querySelectorAll('style[data-emotion]')) style.remove();
});

export const RECEIPTS_PATH = '/api/v3.0/invoice/purchaseorderreceipts';

export const CLERK = { id: '3f1c9a7e-2b4d-4e8f-9a6b-1c2d3e4f5a6b', name: 'Ana Castillo', email: 'ap.clerk@sandbox.test' };

export function signInClerk(user = CLERK) {
  return signIn({ scopes: ['openid', 'INVPO'], user });
}

type ReceiptBody = Record<string, string>;

interface FakeConcurOptions {
  /** Receipts Concur already has, by PO number. */
  existing?: Record<string, ReceiptBody[]>;
  /** The result of a PUT (default SUCCESS), or an HTTP response to send instead. */
  answer?: (body: ReceiptBody, attempt: number) => Record<string, unknown> | Response | Promise<Record<string, unknown> | Response>;
  latencyMs?: number;
  /** Every PUT waits for this before answering (the test decides when Concur answers). */
  hold?: Promise<void>;
}

/** Concur's receipt endpoint at the HTTP boundary: records every PUT and how many ran at once. */
export function fakeReceiptsApi({ existing = {}, answer, latencyMs = 0, hold }: FakeConcurOptions = {}) {
  const puts: ReceiptBody[] = [];
  const gets: string[] = [];
  const deletes: string[] = [];
  const concurrency = { now: 0, max: 0 };
  server.use(
    http.get(RECEIPTS_PATH, ({ request }) => {
      const po = new URL(request.url).searchParams.get('purchaseOrderNumber') ?? '';
      gets.push(po);
      const items = existing[po] ?? [];
      return HttpResponse.json({ Items: items, NextPage: null, TotalCount: items.length });
    }),
    http.put(RECEIPTS_PATH, async ({ request }) => {
      const body = (await request.json()) as ReceiptBody;
      puts.push(body);
      concurrency.now += 1;
      concurrency.max = Math.max(concurrency.max, concurrency.now);
      try {
        if (latencyMs) await delay(latencyMs);
        if (hold) await hold;
        const result = answer ? await answer(body, puts.length) : { Status: 'SUCCESS', Message: 'Saved.' };
        if (result instanceof Response) return result;
        return HttpResponse.json({ PurchaseOrderNumber: body.PurchaseOrderNumber, LineItemExternalID: body.LineItemExternalID, ...result });
      } finally {
        concurrency.now -= 1;
      }
    }),
    http.delete(RECEIPTS_PATH, ({ request }) => {
      deletes.push(new URL(request.url).search);
      return new HttpResponse(null, { status: 200 });
    }),
  );
  return { puts, gets, deletes, concurrency };
}
