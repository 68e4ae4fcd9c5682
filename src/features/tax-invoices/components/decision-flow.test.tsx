import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
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

describe('deciding a tax invoice', () => {
  it('stops a missing comment for Invalid and a comment over 2000 characters, and sends nothing', async () => {
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));

    await user.click(form.getByRole('radio', { name: 'Invalid' }));
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    expect(await form.findByText('Write a comment: it is required for “Valid with warnings” and “Invalid”.')).toBeInTheDocument();
    expect(form.getByRole('textbox', { name: 'Comment (required)' })).toHaveFocus();

    // 2000 emoji are 2000 characters as Concur counts them (code points), though 4000 UTF-16 units: accepted.
    await user.paste('😀'.repeat(2000));
    expect(form.getByText('2,000 / 2,000')).toBeInTheDocument();
    expect(form.queryByText(/Concur accepts 2,000 at most/)).not.toBeInTheDocument();
    await user.keyboard('a');
    expect(form.getByText('2,001 / 2,000')).toBeInTheDocument();
    expect(form.getByText('The comment has 2,001 characters; Concur accepts 2,000 at most.')).toBeInTheDocument();
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await pause(500);
    expect(api.puts).toEqual([]);
    expect(screen.getByRole('article', { name: 'Invoice 1500000001' })).toBeInTheDocument();
  });

  it('holds the decision back for the undo window, opens the next invoice, then sends PUT {Status, Comment}', async () => {
    decisionQueueDefaults.windowMs = 4000;
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));

    await user.click(form.getByRole('radio', { name: 'Valid with warnings' }));
    await user.click(form.getByRole('button', { name: 'Cash payment over $2,000.00: not deductible.' }));
    await user.click(form.getByRole('button', { name: 'Save decision' }));

    await findInvoice('1500000002');
    expect(await toasts().findByRole('group', { name: 'Invoice 1500000001: Valid with warnings' })).toBeInTheDocument();
    expect(api.puts).toEqual([]);
    await waitFor(
      () => expect(api.puts).toEqual([{ id: idOf(invoices, 0), body: { Status: 'WARNG', Comment: 'Cash payment over $2,000.00: not deductible.' }, keepalive: false }]),
      { timeout: 8000 },
    );
    await waitFor(() => expect(screen.getByText('1 of 3 on this page decided · 0 invalid')).toBeInTheDocument());
  });

  it('a double click on Save sends one request', async () => {
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));

    await user.click(form.getByRole('radio', { name: 'Valid' }));
    await user.dblClick(form.getByRole('button', { name: 'Save decision' }));
    await findInvoice('1500000002');
    await pause(700);
    expect(api.puts).toHaveLength(1);
  });

  it('Undo sends nothing and brings the decision back to the form', async () => {
    decisionQueueDefaults.windowMs = 6000;
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));
    await user.click(form.getByRole('radio', { name: 'Invalid' }));
    await user.type(form.getByRole('textbox', { name: 'Comment (required)' }), 'UUID mismatch');
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await findInvoice('1500000002');

    await user.click(await toasts().findByRole('button', { name: 'Undo' }));
    const restored = decisionForm(await findInvoice('1500000001'));
    expect(restored.getByRole('radio', { name: 'Invalid' })).toBeChecked();
    expect(restored.getByRole('textbox', { name: 'Comment (required)' })).toHaveValue('UUID mismatch');
    await pause(6300);
    expect(api.puts).toEqual([]);
  });

  it('three fast decisions by keyboard, then Undo on the second, send exactly the first and the third', async () => {
    decisionQueueDefaults.windowMs = 10_000;
    const invoices = fakeInvoices(4);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: '/tax-invoices' });
    await screen.findByRole('table', { name: 'Tax invoices on this page' }, { timeout: 5000 });

    await user.keyboard('j');
    for (const receipt of ['1500000001', '1500000002', '1500000003']) {
      await findInvoice(receipt);
      await user.keyboard('1');
      await user.keyboard('{Control>}{Enter}{/Control}');
    }
    await findInvoice('1500000004');
    await user.click(within(await toasts().findByRole('group', { name: 'Invoice 1500000002: Valid' })).getByRole('button', { name: 'Undo' }));
    await findInvoice('1500000002');

    await waitFor(() => expect(api.puts.map((put) => put.id).sort()).toEqual([idOf(invoices, 0), idOf(invoices, 2)].sort()), { timeout: 15_000 });
    await pause(300);
    expect(api.puts).toHaveLength(2);
  });

  it('keyboard: j/k move, 3 chooses Invalid, c goes to the comment, u undoes, ? lists the shortcuts', async () => {
    decisionQueueDefaults.windowMs = 30_000;
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: '/tax-invoices' });
    await screen.findByRole('table', { name: 'Tax invoices on this page' }, { timeout: 5000 });

    await user.keyboard('j');
    await findInvoice('1500000001');
    await user.keyboard('j');
    await findInvoice('1500000002');
    await user.keyboard('k');
    const form = decisionForm(await findInvoice('1500000001'));
    await user.keyboard('3');
    expect(form.getByRole('radio', { name: 'Invalid' })).toBeChecked();
    await user.keyboard('c');
    expect(form.getByRole('textbox', { name: 'Comment (required)' })).toHaveFocus();
    await user.keyboard('Duplicate{Control>}{Enter}{/Control}');
    await findInvoice('1500000002');
    await user.keyboard('u');
    const restored = decisionForm(await findInvoice('1500000001'));
    expect(restored.getByRole('textbox', { name: 'Comment (required)' })).toHaveValue('Duplicate');

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('rowheader', { name: 'Ctrl/⌘ + Enter' })).toBeInTheDocument();
    expect(within(dialog).getByRole('row', { name: 'u Undo the latest decision' })).toBeInTheDocument();
    await pause(500);
    expect(api.puts).toEqual([]);
  });

  it('leaving the page sends what is still held back, without waiting for the window', async () => {
    decisionQueueDefaults.windowMs = 60_000;
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user, router } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));
    await user.click(form.getByRole('radio', { name: 'Valid' }));
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await findInvoice('1500000002');
    expect(api.puts).toEqual([]);

    await act(() => router.navigate('/somewhere-else'));
    await waitFor(() => expect(api.puts.map((put) => put.id)).toEqual([idOf(invoices, 0)]));
  });

  it('pagehide sends what is still held back, with keepalive so that it outlives the page', async () => {
    decisionQueueDefaults.windowMs = 60_000;
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));
    await user.click(form.getByRole('radio', { name: 'Valid' }));
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await findInvoice('1500000002');

    fireEvent(window, new Event('pagehide'));
    await waitFor(() => expect(api.puts.map((put) => [put.id, put.keepalive])).toEqual([[idOf(invoices, 0), true]]));
  });

  it('hovering a decision’s toast pauses its window; leaving it resumes', async () => {
    decisionQueueDefaults.windowMs = 6000;
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(idOf(invoices, 0)) });
    const form = decisionForm(await findInvoice('1500000001'));
    await user.click(form.getByRole('radio', { name: 'Valid' }));
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    const toast = await toasts().findByRole('group', { name: 'Invoice 1500000001: Valid' });
    await user.hover(toast);
    expect(await within(toast).findByText(/^Paused with \d s left$/)).toBeInTheDocument();
    await pause(6500);
    expect(api.puts).toEqual([]);
    await user.unhover(toast);
    await waitFor(() => expect(api.puts).toHaveLength(1), { timeout: 8000 });
  });
});
