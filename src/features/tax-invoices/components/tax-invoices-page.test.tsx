import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { decisionQueueDefaults } from '../decisions/decision-queue-registry';
import { decisionForm, findInvoice, invoiceUrl } from '../testing/review-helpers';
import { fakeInvoices, serveTaxInvoices } from '../testing/tax-invoice-api';

beforeEach(() => {
  decisionQueueDefaults.windowMs = 300;
  signIn();
});

/** The first render loads the lazy screen (slow on a cold start). */
const findQueue = () => screen.findByRole('table', { name: 'Tax invoices on this page' }, { timeout: 5000 });

const first = (invoices: ReturnType<typeof fakeInvoices>) => invoices[0] as (typeof invoices)[number];

describe('tax invoice queue', () => {
  it('lists the page of receipts, loads details only around what is on screen, and says how far the page is decided', async () => {
    const invoices = fakeInvoices(30);
    const api = serveTaxInvoices(invoices);
    renderApp({ url: '/tax-invoices' });

    const queue = await findQueue();
    expect(await within(queue).findByRole('link', { name: '1500000001' })).toBeInTheDocument();
    expect(within(queue).getAllByRole('link')).toHaveLength(25);
    await within(queue).findAllByText('Aeroméxico');
    // 10 rows assumed on screen + 5 ahead, never the whole page.
    await waitFor(() => expect(new Set(api.detailGets).size).toBe(15));
    expect(api.detailGets).not.toContain(invoices[20]?.ID);
    expect(screen.getByText('0 of 25 on this page decided · 0 invalid')).toBeInTheDocument();
  });

  it('opens an invoice at /tax-invoices/:id with its CFDI, ids and raw XML', async () => {
    const invoices = fakeInvoices(3);
    serveTaxInvoices(invoices);
    const { user } = renderApp({ url: '/tax-invoices' });

    await user.click(await screen.findByRole('link', { name: '1500000001' }));
    expect(window.location.pathname).toBe(`/tax-invoices/${encodeURIComponent(first(invoices).ID)}`);
    const article = await findInvoice('1500000001');
    expect(within(article).getByText('HFA990101AB1')).toBeInTheDocument();
    expect(within(article).getByText('5C3A1B2D-4E5F-4A6B-8C7D-000000000001')).toBeInTheDocument();
    expect(within(article).getByText('DOC000001')).toBeInTheDocument();
    expect(within(article).getByText('Hospedaje habitación sencilla')).toBeInTheDocument();
    expect(within(article).getByText('MXN 101.00')).toBeInTheDocument();
    await user.click(within(article).getByRole('button', { name: 'Raw XML' }));
    expect(within(article).getByLabelText('Raw XML').textContent).toContain('<cfdi:Emisor Rfc="HFA990101AB1"');
  });

  it('on a small screen shows one column: the queue, or the invoice with a way back to the queue', async () => {
    const width = window.innerWidth;
    window.innerWidth = 500;
    try {
      const invoices = fakeInvoices(3);
      serveTaxInvoices(invoices);
      const { user } = renderApp({ url: invoiceUrl(first(invoices).ID) });
      await findInvoice('1500000001');
      expect(screen.queryByRole('table', { name: 'Tax invoices on this page' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'Back to the queue' }));
      expect(await findQueue()).toBeInTheDocument();
      expect(screen.queryByRole('article')).not.toBeInTheDocument();
    } finally {
      window.innerWidth = width;
    }
  });

  it('speaks Mexican Spanish', async () => {
    const invoices = fakeInvoices(3);
    serveTaxInvoices(invoices);
    renderApp({ url: invoiceUrl(first(invoices).ID), locale: 'es-MX' });
    const article = await screen.findByRole('article', { name: 'Factura 1500000001' }, { timeout: 5000 });
    await waitFor(() => expect(article).toHaveAttribute('aria-busy', 'false'));
    const form = within(within(article).getByRole('form', { name: 'Decisión' }));
    expect(form.getByRole('radio', { name: 'Válida con advertencias' })).toBeInTheDocument();
    expect(form.getByRole('button', { name: 'Guardar decisión' })).toBeInTheDocument();
    expect(screen.getByText('Decididas en esta página: 0 de 3 · inválidas: 0')).toBeInTheDocument();
    expect(within(article).getAllByText(/hora local de México, como viene en el CFDI/)).toHaveLength(2);
  });
});

describe('when Concur fails', () => {
  afterEach(() => server.resetHandlers());

  it('a queue that cannot load shows the error with Concur’s reference and Retry', async () => {
    let calls = 0;
    server.use(
      http.get('/api/v3.0/expense/digitaltaxinvoices', () => {
        calls += 1;
        return HttpResponse.json({ Error: { Message: 'boom', Id: 'corr-list' } }, { status: calls === 1 ? 503 : 400, headers: { 'concur-correlationid': 'corr-list' } });
      }),
    );
    renderApp({ url: '/tax-invoices' });
    expect(await screen.findByText('Reference: corr-list', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('an invoice Concur does not know shows not-found with Retry, and the queue keeps working', async () => {
    const invoices = fakeInvoices(3);
    serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl('gWtNOPE$gone') });
    expect(await screen.findByText('The invoice could not be loaded', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Concur could not find what you asked for. It may have been removed.')).toBeInTheDocument();
    expect(screen.getByText('Reference: corr-404')).toBeInTheDocument();
    await user.click(within(await findQueue()).getByRole('link', { name: '1500000002' }));
    expect(decisionForm(await findInvoice('1500000002')).getByRole('button', { name: 'Save decision' })).toBeInTheDocument();
  });
});
