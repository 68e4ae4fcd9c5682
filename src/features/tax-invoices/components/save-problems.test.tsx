import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { decisionQueueDefaults } from '../decisions/decision-queue-registry';
import { decisionForm, findInvoice, invoiceUrl, pause, toasts } from '../testing/review-helpers';
import { fakeInvoices, serveTaxInvoices } from '../testing/tax-invoice-api';

beforeEach(() => {
  decisionQueueDefaults.windowMs = 300;
  signIn();
});

const idOf = (invoices: ReturnType<typeof fakeInvoices>, index: number) => (invoices[index] as { ID: string }).ID;

describe('when saving goes wrong', () => {
  it('a 500 keeps the decision and the comment on screen with Retry, which sends the same body again', async () => {
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    api.failPut(idOf(invoices, 0));
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));
    await user.click(form.getByRole('radio', { name: 'Invalid' }));
    await user.type(form.getByRole('textbox', { name: 'Comment (required)' }), 'Receiver RFC is wrong');
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await findInvoice('1500000002');

    const toast = within(await toasts().findByRole('group', { name: 'Invoice 1500000001: Invalid' }, { timeout: 3000 }));
    expect(await toast.findByText(/Not saved\. Concur is having trouble right now/)).toHaveTextContent('Reference: corr-500');
    expect(toast.getByText('Receiver RFC is wrong')).toBeInTheDocument();

    await user.click(toast.getByRole('button', { name: 'Open' }));
    const again = decisionForm(await findInvoice('1500000001'));
    expect(again.getByRole('radio', { name: 'Invalid' })).toBeChecked();
    expect(again.getByRole('textbox', { name: 'Comment (required)' })).toHaveValue('Receiver RFC is wrong');
    await user.click(again.getByRole('button', { name: 'Retry' }));

    await waitFor(() => expect(again.getByText('Sent to Concur: Invalid.')).toBeInTheDocument());
    expect(api.puts).toEqual([
      { id: idOf(invoices, 0), body: { Status: 'INVLD', Comment: 'Receiver RFC is wrong' }, keepalive: false },
      { id: idOf(invoices, 0), body: { Status: 'INVLD', Comment: 'Receiver RFC is wrong' }, keepalive: false },
    ]);
  });

  it('when the invoice changed since it was opened, shows what changed right after Save; "Don’t send" sends nothing', async () => {
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));

    api.change(idOf(invoices, 0), { Status: 'VALID', Comment: 'Approved by the partner', LastModifiedDate: '2026-11-28T09:30:00' });
    await user.click(form.getByRole('radio', { name: 'Invalid' }));
    await user.type(form.getByRole('textbox', { name: 'Comment (required)' }), 'Cancelled');
    await user.click(form.getByRole('button', { name: 'Save decision' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Invoice 1500000001 changed in Concur' }));
    expect(dialog.getByRole('row', { name: 'Status — VALID' })).toBeInTheDocument();
    expect(dialog.getByRole('row', { name: 'Comment — Approved by the partner' })).toBeInTheDocument();
    expect(dialog.getByRole('row', { name: /Last modified Nov 20, 2026, 10:00:00 AM UTC Nov 28, 2026, 9:30:00 AM UTC/ })).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Don’t send' }));
    await pause(500);
    expect(api.puts).toEqual([]);

    // Back on the invoice: what Concur holds now, and the decision as it was typed.
    await user.keyboard('k');
    const article = await findInvoice('1500000001');
    expect(within(article).getByText('Approved by the partner')).toBeInTheDocument();
    const again = decisionForm(article);
    expect(again.getByRole('textbox', { name: 'Comment (required)' })).toHaveValue('Cancelled');
    // Deciding again, against what is now on screen, goes through.
    await user.click(again.getByRole('button', { name: 'Save decision' }));
    await findInvoice('1500000002');
    await waitFor(() => expect(api.puts).toEqual([{ id: idOf(invoices, 0), body: { Status: 'INVLD', Comment: 'Cancelled' }, keepalive: false }]));
  });

  it('"Send my decision anyway" sends it', async () => {
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));
    api.change(idOf(invoices, 0), { Status: 'WARNG', LastModifiedDate: '2026-11-28T09:30:00' });
    await user.click(form.getByRole('radio', { name: 'Valid' }));
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await user.click(await screen.findByRole('button', { name: 'Send my decision anyway' }));
    await findInvoice('1500000002');
    await waitFor(() => expect(api.puts).toEqual([{ id: idOf(invoices, 0), body: { Status: 'VALID', Comment: '' }, keepalive: false }]));
  });

  it('a change during the undo window is caught before the PUT and waits for the admin', async () => {
    decisionQueueDefaults.windowMs = 4000;
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));
    await user.click(form.getByRole('radio', { name: 'Valid' }));
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await findInvoice('1500000002');
    // The check right after Save has read the invoice by now; the change comes after it.
    await pause(200);
    api.change(idOf(invoices, 0), { Status: 'INVLD', Comment: 'Cancelled at SAT', LastModifiedDate: '2026-11-28T09:30:00' });

    const toast = within(await toasts().findByRole('group', { name: 'Invoice 1500000001: Valid' }));
    expect(await toast.findByText('Not sent: the invoice changed in Concur in the meantime.', undefined, { timeout: 8000 })).toBeInTheDocument();
    expect(api.puts).toEqual([]);
    await user.click(toast.getByRole('button', { name: 'Review changes' }));
    await user.click(await screen.findByRole('button', { name: 'Send my decision anyway' }));
    await waitFor(() => expect(api.puts).toEqual([{ id: idOf(invoices, 0), body: { Status: 'VALID', Comment: '' }, keepalive: false }]));
  });

  it('works when Concur leaves out Status, Comment and LastModifiedDate: status unknown, conflicts found on the document', async () => {
    const invoices = fakeInvoices(3, { extension: false });
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const article = await findInvoice('1500000001');
    expect(within(article).getByText('Status unknown')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Tax invoices on this page' })).getAllByText('Status unknown').length).toBeGreaterThan(0);

    api.change(idOf(invoices, 0), { ReceiptData: (invoices[1] as { ReceiptData: string }).ReceiptData });
    await user.click(decisionForm(article).getByRole('radio', { name: 'Valid' }));
    await user.click(decisionForm(article).getByRole('button', { name: 'Save decision' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Invoice 1500000001 changed in Concur' }));
    expect(dialog.getByRole('row', { name: 'Invoice document (XML) The document you saw A different document' })).toBeInTheDocument();
  });
});
