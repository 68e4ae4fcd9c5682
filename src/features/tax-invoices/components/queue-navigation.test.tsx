import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { decisionQueueDefaults } from '../decisions/decision-queue-registry';
import { decisionForm, findInvoice, invoiceUrl } from '../testing/review-helpers';
import { fakeInvoices, serveTaxInvoices } from '../testing/tax-invoice-api';

beforeEach(() => {
  decisionQueueDefaults.windowMs = 300;
  signIn();
});

const idOf = (invoices: ReturnType<typeof fakeInvoices>, index: number) => (invoices[index] as { ID: string }).ID;
const findQueue = () => screen.findByRole('table', { name: 'Tax invoices on this page' }, { timeout: 5000 });

describe('moving through the queue', () => {
  it('auto-advance crosses the page boundary through NextPage, and k comes back to the previous page', async () => {
    const invoices = fakeInvoices(30);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 24)) });
    const form = decisionForm(await findInvoice('1500000025'));
    expect(screen.getByText('25 of 25 · page 1')).toBeInTheDocument();

    await user.click(form.getByRole('radio', { name: 'Valid' }));
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await findInvoice('1500000026');
    const url = new URL(window.location.href);
    expect(url.pathname).toBe(`/tax-invoices/${encodeURIComponent(idOf(invoices, 25))}`);
    expect(url.searchParams.get('offset')).toBe('cur25');
    expect(url.searchParams.get('page')).toBe('2');
    expect(await within(await findQueue()).findByRole('link', { name: '1500000030' })).toBeInTheDocument();
    expect(screen.getByText('1 of 5 · page 2')).toBeInTheDocument();
    await waitFor(() => expect(api.puts.map((put) => put.id)).toEqual([idOf(invoices, 24)]));

    await user.keyboard('k');
    await findInvoice('1500000025');
    expect(new URL(window.location.href).searchParams.has('offset')).toBe(false);
  });

  it('Previous page works after a reload on page 3, by walking NextPage from the first page', async () => {
    const invoices = fakeInvoices(60);
    serveTaxInvoices(invoices);
    const { user } = renderApp({ url: '/tax-invoices?limit=10&offset=cur20&page=3' });
    const queue = within(await findQueue());
    expect(await queue.findByRole('link', { name: '1500000021' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await queue.findByRole('link', { name: '1500000011' })).toBeInTheDocument();
    expect(new URL(window.location.href).searchParams.get('page')).toBe('2');
    expect(new URL(window.location.href).searchParams.get('offset')).toBe('cur10');
  });

  it('with auto-advance switched off, the invoice stays open after a decision', async () => {
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));
    await user.click(screen.getByRole('switch', { name: 'Open the next invoice after a decision' }));
    await user.click(form.getByRole('radio', { name: 'Valid' }));
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    expect(await form.findByText('Sent to Concur: Valid.', undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Invoice 1500000001' })).toBeInTheDocument();
    expect(api.puts).toHaveLength(1);

    // Changing one's mind: the change Concur now shows is this session's own, so it is no conflict.
    await user.click(form.getByRole('radio', { name: 'Invalid' }));
    await user.type(form.getByRole('textbox', { name: 'Comment (required)' }), 'Duplicate');
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    expect(await form.findByText('Sent to Concur: Invalid.', undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.puts.map((put) => put.body.Status)).toEqual(['VALID', 'INVLD']);
  });
});

describe('filters', () => {
  it('“Last 7 days” puts an explicit UTC modifiedafter in the address and in the Concur query', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T15:42:10Z'), toFake: ['Date'] });
    signIn();
    const invoices = fakeInvoices(5);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: '/tax-invoices' });
    await findQueue();
    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() => expect(new URL(window.location.href).searchParams.get('modifiedafter')).toBe('2026-11-21T15:42:00'));
    await waitFor(() => expect(api.listQueries.at(-1)?.get('modifiedafter')).toBe('2026-11-21T15:42:00'));
    expect(screen.getByLabelText('Modified after (UTC)')).toHaveValue('2026-11-21T15:42');
    vi.useRealTimers();
  });

  it('the status filter works on the loaded rows of this page, and says so', async () => {
    const invoices = fakeInvoices(6);
    Object.assign(invoices[1] as object, { Status: 'INVLD' });
    Object.assign(invoices[4] as object, { Status: 'INVLD' });
    Object.assign(invoices[2] as object, { Status: 'VALID' });
    serveTaxInvoices(invoices);
    renderApp({ url: '/tax-invoices?status=INVLD' });
    const queue = within(await findQueue());
    await waitFor(() => expect(queue.getAllByRole('link').map((link) => link.textContent)).toEqual(['1500000002', '1500000005']));
    expect(screen.getByText('Filters this page in your browser, over the invoices loaded so far (6 of 6).')).toBeInTheDocument();
    expect(screen.getByText('3 of 6 on this page decided · 2 invalid')).toBeInTheDocument();
  });
});
