import { http, HttpResponse } from 'msw';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordRequests, server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { fakeInvoices, serveTaxInvoices } from '../testing/tax-invoice-api';

const BASE = '/api/v3.0/expense/digitaltaxinvoices';
const COUNTERFEIT = 'https://evil.example/api/v3.0/expense/digitaltaxinvoices?offset=abc';

function serveQueueWithNextPage(nextPage: string) {
  const invoices = fakeInvoices(3);
  serveTaxInvoices(invoices);
  server.use(http.get(BASE, () => HttpResponse.json({ Items: invoices.map(({ ID, ConcurReceiptID }) => ({ ID, ConcurReceiptID })), NextPage: nextPage })));
}

beforeEach(() => signIn());

describe('tax invoice queue: a NextPage on another host', () => {
  it('is never followed: every request stays on the console’s own API', async () => {
    serveQueueWithNextPage(COUNTERFEIT);
    const seen = recordRequests();
    renderApp({ url: '/tax-invoices' });
    await screen.findByRole('heading', { name: /Tax invoices|Something went wrong/ }, { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((request) => !request.path.startsWith(`${BASE}`))).toEqual([]);
  });

  it('is refused with an inline message and Retry, not the route error boundary', async () => {
    serveQueueWithNextPage(COUNTERFEIT);
    renderApp({ url: '/tax-invoices' });
    expect(await screen.findByRole('heading', { name: 'The queue could not be loaded' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Concur sent an answer the console could not read. Try again later.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
  });
});
