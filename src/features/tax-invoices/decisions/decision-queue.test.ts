import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../testing/msw-server';
import { signIn } from '../../../testing/sessions';
import type { TaxInvoiceDetail } from '../api/tax-invoice-schemas';
import { DecisionQueue, type NewDecision } from './decision-queue';
import { detectChanges } from './detect-changes';
import { settle } from '../../../testing/hostile-answers';

const detail: TaxInvoiceDetail = { ConcurReceiptID: '1', ReceiptData: '<a/>', Status: null, Comment: '', LastModifiedDate: '2026-11-20T10:00:00' };
const decision = (invoiceId: string): NewDecision => ({ invoiceId, receiptId: invoiceId, status: 'VALID', comment: '', baseline: detail });

let puts: string[];
beforeEach(() => {
  signIn();
  puts = [];
  server.use(
    http.get('/api/v3.0/expense/digitaltaxinvoices/:id', () => HttpResponse.json(detail)),
    http.put('/api/v3.0/expense/digitaltaxinvoices/:id', ({ params }) => {
      puts.push(String(params.id));
      return new HttpResponse(null, { status: 200 });
    }),
  );
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => vi.useRealTimers());

describe('DecisionQueue', () => {
  it('gives every decision its own window: pausing one does not hold back another', async () => {
    const queue = new DecisionQueue({ queryClient: new QueryClient(), windowMs: 5000 });
    const first = queue.schedule(decision('a'));
    vi.advanceTimersByTime(1000);
    const second = queue.schedule(decision('b'));
    queue.pause(first.key);
    vi.advanceTimersByTime(5000);
    await settle();
    expect(puts).toEqual(['b']);
    expect(queue.get(first.key)?.phase).toBe('waiting');
    expect(queue.get(first.key)?.remainingMs).toBe(4000);
    expect(queue.get(second.key)?.phase).toBe('sent');

    queue.resume(first.key);
    vi.advanceTimersByTime(3999);
    await settle();
    expect(puts).toEqual(['b']);
    vi.advanceTimersByTime(1);
    await settle();
    expect(puts).toEqual(['b', 'a']);
  });

  it('undo cancels only that decision; a second decision on the same invoice replaces the first', async () => {
    const queue = new DecisionQueue({ queryClient: new QueryClient(), windowMs: 5000 });
    const a = queue.schedule(decision('a'));
    queue.schedule(decision('b'));
    const again = queue.schedule({ ...decision('b'), status: 'INVLD', comment: 'x' });
    expect(queue.undo(a.key)?.invoiceId).toBe('a');
    expect(queue.undo(a.key)).toBeUndefined();
    vi.advanceTimersByTime(5000);
    await settle();
    expect(puts).toEqual(['b']);
    expect(queue.getSnapshot().map((d) => d.phase)).toEqual(['undone', 'replaced', 'sent']);
    expect(queue.get(again.key)?.phase).toBe('sent');
  });

  it('undoLatest takes the most recent decision still waiting', () => {
    const queue = new DecisionQueue({ queryClient: new QueryClient(), windowMs: 5000 });
    queue.schedule(decision('a'));
    queue.schedule(decision('b'));
    expect(queue.undoLatest()?.invoiceId).toBe('b');
    expect(queue.undoLatest()?.invoiceId).toBe('a');
    expect(queue.undoLatest()).toBeUndefined();
  });
});

describe('detectChanges', () => {
  it('compares Status, Comment and LastModifiedDate when present, and the document always', () => {
    expect(detectChanges(detail, { ...detail })).toEqual([]);
    expect(detectChanges(detail, { ...detail, Status: 'INVLD' })).toEqual([{ field: 'Status', before: '', after: 'INVLD' }]);
    const withoutExtension = { ConcurReceiptID: '1', ReceiptData: '<a/>' };
    expect(detectChanges(withoutExtension, { ...withoutExtension })).toEqual([]);
    expect(detectChanges(withoutExtension, { ...withoutExtension, ReceiptData: '<b/>' })).toEqual([{ field: 'ReceiptData', before: '<a/>', after: '<b/>' }]);
  });
});
