import { onlineManager, QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../testing/msw-server';
import { signIn } from '../../../testing/sessions';
import type { TaxInvoiceDetail } from '../api/tax-invoice-schemas';
import { DecisionQueue, type NewDecision } from './decision-queue';
import { settle } from '../../../testing/hostile-answers';

const detail: TaxInvoiceDetail = { ConcurReceiptID: '1', ReceiptData: '<a/>', Status: null, Comment: '', LastModifiedDate: '2026-11-20T10:00:00' };
const decision = (invoiceId: string): NewDecision => ({ invoiceId, receiptId: invoiceId, status: 'INVLD', comment: 'RFC del receptor incorrecto', baseline: detail });

let calls: string[];
beforeEach(() => {
  signIn();
  calls = [];
  server.use(
    http.get('/api/v3.0/expense/digitaltaxinvoices/:id', ({ params }) => {
      calls.push(`GET ${String(params.id)}`);
      return HttpResponse.json(detail);
    }),
    http.put('/api/v3.0/expense/digitaltaxinvoices/:id', async ({ params, request }) => {
      calls.push(`PUT ${String(params.id)} ${await request.text()}`);
      return new HttpResponse(null, { status: 200 });
    }),
  );
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  onlineManager.setOnline(true);
});

describe('DecisionQueue offline', () => {
  it('a window that ends offline waits for the connection, then checks and sends the decision exactly once', async () => {
    const queue = new DecisionQueue({ queryClient: new QueryClient(), windowMs: 5000 });
    const held = queue.schedule(decision('a'));
    await settle();
    calls.length = 0; // the early conflict check

    onlineManager.setOnline(false);
    vi.advanceTimersByTime(5000);
    await settle();
    expect(calls).toEqual([]);
    expect(queue.get(held.key)).toMatchObject({ phase: 'sending', awaitingConnection: true });

    // Retry or "send now" while waiting does not queue a second request.
    void queue.sendNow(held.key);
    queue.flushAll({ check: true });
    await settle();
    expect(calls).toEqual([]);

    onlineManager.setOnline(true);
    await settle();
    expect(calls).toEqual(['GET a', 'PUT a {"Status":"INVLD","Comment":"RFC del receptor incorrecto"}']);
    expect(queue.get(held.key)).toMatchObject({ phase: 'sent', awaitingConnection: undefined });
  });

  it('a later decision on the same invoice replaces one still waiting for the connection: only the later one is sent', async () => {
    const queue = new DecisionQueue({ queryClient: new QueryClient(), windowMs: 5000 });
    onlineManager.setOnline(false);
    const first = queue.schedule(decision('a'));
    vi.advanceTimersByTime(5000);
    await settle();
    const second = queue.schedule({ ...decision('a'), status: 'VALID', comment: '' });
    expect(queue.get(first.key)?.phase).toBe('replaced');
    vi.advanceTimersByTime(5000);
    await settle();
    calls.length = 0;

    onlineManager.setOnline(true);
    await settle();
    expect(calls.filter((call) => call.startsWith('PUT'))).toEqual(['PUT a {"Status":"VALID","Comment":""}']);
    expect(queue.get(first.key)?.phase).toBe('replaced');
    expect(queue.get(second.key)?.phase).toBe('sent');
  });

  it('a bulk run started offline sends every decision once, after the connection is back', async () => {
    const queue = new DecisionQueue({ queryClient: new QueryClient(), windowMs: 5000 });
    onlineManager.setOnline(false);
    queue.startBatch(['a', 'b', 'c'].map((id) => ({ invoiceId: id, receiptId: id, status: 'VALID' as const, comment: '' })));
    await settle();
    expect(calls).toEqual([]);
    onlineManager.setOnline(true);
    await settle();
    expect(calls.filter((call) => call.startsWith('PUT')).sort()).toEqual(['PUT a {"Status":"VALID","Comment":""}', 'PUT b {"Status":"VALID","Comment":""}', 'PUT c {"Status":"VALID","Comment":""}']);
  });

  it('sends nothing for a user who signed out while it waited', async () => {
    const queue = new DecisionQueue({ queryClient: new QueryClient(), windowMs: 5000 });
    onlineManager.setOnline(false);
    queue.schedule(decision('a'));
    vi.advanceTimersByTime(5000);
    await settle();
    queue.dispose();
    onlineManager.setOnline(true);
    await settle();
    expect(calls.filter((call) => call.startsWith('PUT'))).toEqual([]);
  });
});
