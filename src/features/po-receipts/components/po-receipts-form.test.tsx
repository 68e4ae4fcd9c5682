import { HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { enterDate, fillReceipt } from '../testing/form-helpers';
import { CLERK, fakeReceiptsApi, signInClerk } from '../testing/receipts-api';

const VALID = { po: 'PO-2026-000001', line: '0004', quantity: '1,234.5', unit: 'EA', grn: 'GR-77' };

async function openForm() {
  signInClerk();
  const view = renderApp({ url: '/po-receipts' });
  // The screen is a lazy chunk: the first test of a run waits for it to load.
  await screen.findByRole('heading', { name: 'Record a receipt' }, { timeout: 10_000 });
  return view;
}

describe('receipt form', { timeout: 60_000 }, () => {
  it('sends Concur’s numeric string and the plain date typed, then confirms and offers another line for the PO', async () => {
    const api = fakeReceiptsApi();
    const { user } = await openForm();
    await fillReceipt(user, VALID);
    enterDate('03/15/2026');
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));

    expect(await screen.findByText('Receipt saved in Concur')).toBeInTheDocument();
    expect(api.puts).toEqual([
      expect.objectContaining({
        PurchaseOrderNumber: 'PO-2026-000001',
        LineItemExternalID: '0004',
        ReceivedQuantity: '1234.5',
        ReceivedDate: '2026-03-15',
        UnitOfMeasureCode: 'EA',
        GoodsReceiptNumber: 'GR-77',
        IsReceived: 'Y',
        Version: '2.0',
      }),
    ]);
    expect(screen.getByText(/PO PO-2026-000001, line 0004, goods receipt GR-77: 1,234.5 EA received on March 15, 2026/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Record another line for this PO' }));
    expect(screen.getByRole('textbox', { name: /^PO number/ })).toHaveValue('PO-2026-000001');
    expect(screen.getByRole('textbox', { name: /^Line item external ID/ })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: /^Received quantity/ })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: /^Goods receipt number/ })).toHaveValue('');
    expect(document.querySelector('#receipt-receivedDate')).toHaveValue('03/15/2026');
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Line item external ID/ })).toHaveFocus());
  });

  it('refuses bad input before sending: a summary lists each problem and focus goes to the first one', async () => {
    const api = fakeReceiptsApi();
    const { user } = await openForm();
    await fillReceipt(user, { quantity: '1e3', unit: 'TENCHARSXX' });
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));

    const summary = await screen.findByRole('region', { name: 'Fix 5 problems before saving' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'PO number: Enter the PO number.',
      'Line item external ID: Enter the line item external ID.',
      'Received quantity: Type a plain number such as 1,234.5 (no letters, signs, exponents like 1e3, NaN or Infinity).',
      'Unit of measure: Use fewer than 10 characters.',
      'Goods receipt number: Enter the goods receipt number: version 2.0 requires it.',
    ]);
    expect(screen.getByRole('textbox', { name: /^PO number/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Received quantity/ })).toHaveAccessibleDescription(expect.stringContaining('no letters'));

    await user.click(within(summary).getByRole('link', { name: /^Unit of measure/ }));
    expect(screen.getByRole('textbox', { name: /^Unit of measure/ })).toHaveFocus();
    expect(api.puts).toHaveLength(0);
  });

  it.each([
    ['NaN', 'Type a plain number'],
    ['Infinity', 'Type a plain number'],
    ['-3', 'cannot be negative'],
    ['1.23456', 'at most 4 decimals'],
    ['1,5', 'Use a point for decimals'],
  ])('refuses the quantity %s without sending', async (quantity, message) => {
    const api = fakeReceiptsApi();
    const { user } = await openForm();
    await fillReceipt(user, { ...VALID, quantity });
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));
    expect(await screen.findByText(new RegExp(message), { selector: 'a' })).toBeInTheDocument();
    expect(api.puts).toHaveLength(0);
  });

  it('refuses an unfinished date without sending', async () => {
    const api = fakeReceiptsApi();
    const { user } = await openForm();
    await fillReceipt(user, VALID);
    const group = screen.getByRole('group', { name: 'Received date' });
    await user.click(within(group).getByRole('spinbutton', { name: 'Day' }));
    await user.keyboard('{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));
    expect(await screen.findByText('Received date: Enter a complete, real date (month, day and year).')).toBeInTheDocument();
    expect(api.puts).toHaveLength(0);
  });

  it('puts a Concur FAILURE on the field it names and keeps every value', async () => {
    fakeReceiptsApi({ answer: () => ({ Status: 'FAILURE', ErrorCode: '1006', FieldCode: 'LineItem|ReceivedQuantity', Message: 'Received Quantity is required for a quantity-based (WQTY) line.' }) });
    const { user } = await openForm();
    await fillReceipt(user, { ...VALID, quantity: '' });
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));

    const summary = await screen.findByRole('region', { name: 'Concur did not save the receipt' });
    expect(summary).toHaveTextContent('Concur said: “Received Quantity is required for a quantity-based (WQTY) line.” (error 1006)');
    const quantity = screen.getByRole('textbox', { name: /^Received quantity/ });
    expect(quantity).toHaveFocus();
    expect(quantity).toHaveAccessibleDescription('This line is quantity-based: enter the received quantity.');
    expect(screen.getByRole('textbox', { name: /^PO number/ })).toHaveValue('PO-2026-000001');
    expect(screen.getByRole('textbox', { name: /^Goods receipt number/ })).toHaveValue('GR-77');
  });

  it('shows an error about no field (1007) as a message of the whole receipt', async () => {
    fakeReceiptsApi({ answer: () => ({ Status: 'FAILURE', ErrorCode: '1007', FieldCode: 'LineItem|Colour', Message: 'Colour is not a field of a purchase order receipt.' }) });
    const { user } = await openForm();
    await fillReceipt(user, VALID);
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));
    const summary = await screen.findByRole('region', { name: 'Concur did not save the receipt' });
    expect(summary).toHaveTextContent('Concur does not have this field on its receipt form.');
    expect(summary).toHaveTextContent('“Colour is not a field of a purchase order receipt.” (error 1007)');
  });

  it('on a 5xx keeps the values and Retry sends the identical body once', async () => {
    const api = fakeReceiptsApi({
      answer: (_body, attempt) =>
        attempt === 1 ? HttpResponse.json({ Error: { Message: 'Boom', Id: 'corr-500' } }, { status: 502, headers: { 'concur-correlationid': 'corr-500' } }) : { Status: 'SUCCESS' },
    });
    const { user } = await openForm();
    await fillReceipt(user, VALID);
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));

    expect(await screen.findByText('The receipt was not confirmed as saved')).toBeInTheDocument();
    expect(screen.getByText('Reference: corr-500')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Received quantity/ })).toHaveValue('1,234.5');
    await user.dblClick(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Receipt saved in Concur')).toBeInTheDocument();
    expect(api.puts).toHaveLength(2);
    expect(api.puts[1]).toEqual(api.puts[0]);
  });

  it('offers Retry only while the values are the ones that failed', async () => {
    fakeReceiptsApi({ answer: () => HttpResponse.json({ Error: { Message: 'Down' } }, { status: 503 }) });
    const { user } = await openForm();
    await fillReceipt(user, VALID);
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Delivery slip number/ }), 'DS-1');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('sends one request for a double click, or Enter and a click', async () => {
    let answer: () => void = () => undefined;
    const api = fakeReceiptsApi({ hold: new Promise<void>((resolve) => (answer = resolve)) });
    await openForm();
    // Clicks land even on a button that has just been disabled, as a fast double click does in a browser.
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await fillReceipt(user, VALID);
    const save = screen.getByRole('button', { name: 'Save receipt' });
    await user.dblClick(save);
    await user.type(screen.getByRole('textbox', { name: /^Delivery slip number/ }), '{Enter}');
    await user.click(save);
    answer();
    expect(await screen.findByText('Receipt saved in Concur')).toBeInTheDocument();
    expect(api.puts).toHaveLength(1);
  });

  it('keeps a draft while typing and restores it after a reload, marked and never sent', async () => {
    const api = fakeReceiptsApi();
    const first = await openForm();
    await fillReceipt(first.user, VALID);
    await waitFor(() => expect(sessionStorage.getItem(`concur-console:draft:${CLERK.id}:po-receipts:form`)).toContain('1,234.5'));
    first.unmount();

    const second = renderApp({ url: '/po-receipts' });
    expect(await screen.findByText('Restored, not sent')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Received quantity/ })).toHaveValue('1,234.5');
    expect(screen.getByRole('textbox', { name: /^Goods receipt number/ })).toHaveValue('GR-77');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(api.puts).toHaveLength(0);

    await second.user.click(screen.getByRole('button', { name: 'Save receipt' }));
    expect(await screen.findByText('Receipt saved in Concur')).toBeInTheDocument();
    expect(screen.queryByText('Restored, not sent')).not.toBeInTheDocument();
    expect(sessionStorage.getItem(`concur-console:draft:${CLERK.id}:po-receipts:form`)).toBeNull();
  });

  it('does not show another user’s draft', async () => {
    fakeReceiptsApi();
    sessionStorage.setItem(
      'concur-console:draft:someone-else:po-receipts:form',
      JSON.stringify({ savedAt: Date.now(), value: { text: { purchaseOrderNumber: 'PO-SECRET' }, editing: null } }),
    );
    await openForm();
    expect(screen.queryByText('Restored, not sent')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^PO number/ })).toHaveValue('');
    expect(sessionStorage.getItem('concur-console:draft:someone-else:po-receipts:form')).toBeNull();
  });
});
