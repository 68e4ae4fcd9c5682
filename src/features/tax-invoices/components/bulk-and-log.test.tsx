import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { decisionQueueDefaults } from '../decisions/decision-queue-registry';
import { findInvoice, invoiceUrl, decisionForm } from '../testing/review-helpers';
import { fakeInvoices, serveTaxInvoices } from '../testing/tax-invoice-api';

beforeEach(() => {
  decisionQueueDefaults.windowMs = 300;
  signIn();
});
afterEach(() => vi.restoreAllMocks());

const idOf = (invoices: ReturnType<typeof fakeInvoices>, index: number) => (invoices[index] as { ID: string }).ID;
const findQueue = () => screen.findByRole('table', { name: 'Tax invoices on this page' }, { timeout: 5000 });

describe('bulk decisions', () => {
  it('applies one status and comment to the selection, reports each invoice, and Retry failed fixes the failures', async () => {
    const invoices = fakeInvoices(6);
    const api = serveTaxInvoices(invoices);
    api.failPut(idOf(invoices, 1));
    api.failPut(idOf(invoices, 3));
    const { user } = renderApp({ url: '/tax-invoices' });
    const queue = within(await findQueue());
    for (const receipt of ['1500000001', '1500000002', '1500000003', '1500000004']) {
      await user.click(queue.getByRole('checkbox', { name: `Select invoice ${receipt}` }));
    }
    await user.click(screen.getByRole('button', { name: 'Decide selected (4)' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Decide 4 invoices' }));
    await user.click(dialog.getByRole('radio', { name: 'Invalid' }));
    await user.click(dialog.getByRole('button', { name: 'Send to 4 invoices' }));
    expect(await dialog.findByText('Write a comment: it is required for “Valid with warnings” and “Invalid”.')).toBeInTheDocument();
    expect(api.puts).toEqual([]);
    await user.click(dialog.getByRole('button', { name: 'Duplicate invoice.' }));
    await user.click(dialog.getByRole('button', { name: 'Send to 4 invoices' }));

    expect(await dialog.findByText('4 of 4 done · 2 saved · 2 failed')).toBeInTheDocument();
    expect(dialog.getByRole('progressbar', { name: '4 of 4 done · 2 saved · 2 failed' })).toHaveAttribute('aria-valuenow', '100');
    const results = within(dialog.getByRole('list', { name: 'Result per invoice' }));
    expect(results.getAllByText(/^Failed\. Concur is having trouble/)).toHaveLength(2);
    expect(results.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '1500000001Saved',
      expect.stringMatching(/^1500000002Failed\..*Reference: corr-500$/),
      '1500000003Saved',
      expect.stringMatching(/^1500000004Failed\./),
    ]);

    await user.click(dialog.getByRole('button', { name: 'Retry failed (2)' }));
    expect(await dialog.findByText('4 of 4 done · 4 saved · 0 failed')).toBeInTheDocument();
    expect(api.puts.map((put) => put.id)).toHaveLength(6);
    expect(new Set(api.puts.map((put) => JSON.stringify(put.body)))).toEqual(new Set([JSON.stringify({ Status: 'INVLD', Comment: 'Duplicate invoice.' })]));
    await user.click(dialog.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Decide selected (0)' })).toBeDisabled();
  });
});

describe('session log', () => {
  it('lists this session’s decisions, says it is a local record, and exports them as CSV', async () => {
    const invoices = fakeInvoices(3);
    serveTaxInvoices(invoices);
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:log'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));
    await user.click(form.getByRole('radio', { name: 'Invalid' }));
    await user.type(form.getByRole('textbox', { name: 'Comment (required)' }), '=HYPERLINK("x")');
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await findInvoice('1500000002');

    await user.click(await screen.findByRole('button', { name: 'Session log (1)' }));
    const drawer = within(await screen.findByRole('presentation'));
    expect(drawer.getByText('A local record kept by this browser tab for this session only. It is not Concur’s audit trail.')).toBeInTheDocument();
    await waitFor(() => expect(drawer.getByRole('row', { name: /1500000001 Invalid =HYPERLINK\("x"\) Sent/ })).toBeInTheDocument());
    await user.click(drawer.getByRole('button', { name: 'Export CSV' }));
    const csv = await (saved[0] as Blob).text();
    expect(csv).toContain('Time (UTC),Receipt,Invoice ID,Decision,Comment,Result,How');
    expect(csv).toContain(`1500000001,${idOf(invoices, 0)},INVLD,"'=HYPERLINK(""x"")",Sent,One by one`);
  });
});
