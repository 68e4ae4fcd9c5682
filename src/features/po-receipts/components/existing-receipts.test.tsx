import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { enterDate, fillReceipt } from '../testing/form-helpers';
import { RECEIPTS_PATH, fakeReceiptsApi, signInClerk } from '../testing/receipts-api';

const RECEIPT = {
  ID: 'gWr$abc',
  URI: 'https://example.test/x',
  PurchaseOrderNumber: 'PO-2026-000001',
  LineItemExternalID: '0004',
  IsReceived: 'N',
  ReceivedQuantity: '1234.5',
  ReceivedDate: '2026-09-10',
  GoodsReceiptNumber: 'GR-100231',
  DeliverySlipNumber: 'DS-470827',
  UnitOfMeasureCode: 'CS',
  Deleted: 'false',
  Version: '2.0',
  Custom1: 'Dock 4',
};

async function openWithPo(po = 'PO-2026-000001') {
  signInClerk();
  const view = renderApp({ url: '/po-receipts' });
  await screen.findByRole('heading', { name: 'Record a receipt' }, { timeout: 10_000 });
  await fillReceipt(view.user, { po });
  return view;
}

describe('receipts already recorded for the typed PO', { timeout: 60_000 }, () => {
  it('asks Concur once the typing pauses and lists what it has, dates as calendar dates', async () => {
    const api = fakeReceiptsApi({ existing: { 'PO-2026-000001': [RECEIPT] } });
    await openWithPo();
    const table = await screen.findByRole('table', { name: 'Receipts of PO-2026-000001' });
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell');
    expect(cells.slice(0, 6).map((cell) => cell.textContent)).toEqual(['0004', 'GR-100231', 'Sep 10, 2026', '1,234.5 CS', 'No', 'DS-470827']);
    expect(api.gets).toEqual(['PO-2026-000001']);
  });

  it('says when the PO has none, and offers Retry with the reference when the lookup fails', async () => {
    let fail = true;
    server.use(
      http.get(RECEIPTS_PATH, () =>
        fail ? HttpResponse.json({ Error: { Message: 'nope' } }, { status: 400, headers: { 'concur-correlationid': 'corr-42' } }) : HttpResponse.json({ Items: [], NextPage: null }),
      ),
    );
    const { user } = await openWithPo('PO-NONE');
    expect(await screen.findByText('The receipts of PO-NONE could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('Reference: corr-42')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Concur has no receipts for PO-NONE yet.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^PO number/ })).toHaveValue('PO-NONE');
  });

  it('opens a receipt into the form to update it with PUT, its key fields locked', async () => {
    const api = fakeReceiptsApi({ existing: { 'PO-2026-000001': [RECEIPT] } });
    const { user } = await openWithPo();
    await user.click(await screen.findByRole('button', { name: 'Open receipt GR-100231 for line 0004 to update it' }));

    expect(screen.getByRole('heading', { name: 'Update receipt GR-100231 for line 0004' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Received quantity/ })).toHaveValue('1,234.5');
    expect(screen.getByRole('textbox', { name: /^Goods receipt number/ })).toHaveAttribute('readonly');
    expect(document.querySelector('#receipt-receivedDate')).toHaveValue('09/10/2026');
    expect(screen.getByText(/1 filled/)).toBeInTheDocument();

    await fillReceipt(user, { quantity: '1,300' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Receipt saved in Concur')).toBeInTheDocument();
    expect(api.puts[0]).toMatchObject({ GoodsReceiptNumber: 'GR-100231', ReceivedQuantity: '1300', ReceivedDate: '2026-09-10', IsReceived: 'N', Custom1: 'Dock 4' });
  });

  it('deletes after a confirmation', async () => {
    const api = fakeReceiptsApi({ existing: { 'PO-2026-000001': [RECEIPT] } });
    const { user } = await openWithPo();
    await user.click(await screen.findByRole('button', { name: 'Delete receipt GR-100231 for line 0004' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this receipt?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete receipt' }));
    expect(await screen.findByText('Receipt GR-100231 was deleted.')).toBeInTheDocument();
    expect(api.deletes).toEqual(['?purchaseOrderNumber=PO-2026-000001&lineItemExternalID=0004&goodsReceiptNumber=GR-100231']);
  });

  it('says so when Concur refuses to delete a receipt linked to a payment request', async () => {
    fakeReceiptsApi({ existing: { 'PO-2026-000001': [RECEIPT] } });
    server.use(
      http.delete(RECEIPTS_PATH, () =>
        HttpResponse.json({ Error: { Message: 'This receipt is linked to a payment request and cannot be deleted.' } }, { status: 400 }),
      ),
    );
    const { user } = await openWithPo();
    await user.click(await screen.findByRole('button', { name: 'Delete receipt GR-100231 for line 0004' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete receipt' }));
    expect(await screen.findByText('Concur cannot delete receipt GR-100231: it is linked to a payment request.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('table', { name: 'Receipts of PO-2026-000001' })).toBeInTheDocument());
  });

  it('after a save, turns to the page where Concur lists the new receipt and marks its row', async () => {
    const many = Array.from({ length: 12 }, (_, index) => ({ ...RECEIPT, ID: `gWr$${index}`, GoodsReceiptNumber: `GR-${index + 1}` }));
    fakeReceiptsApi({ existing: { 'PO-2026-000001': many } });
    const { user } = await openWithPo();
    const table = await screen.findByRole('table', { name: 'Receipts of PO-2026-000001' });
    expect(within(table).queryByText('GR-12')).not.toBeInTheDocument();

    // Updating GR-12 (page 2 of Concur's list) from the form.
    await fillReceipt(user, { line: '0004', quantity: '5', unit: 'EA', grn: 'GR-12' });
    enterDate('03/15/2026');
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));
    expect(await screen.findByText('Receipt saved in Concur')).toBeInTheDocument();

    const row = (await within(table).findByText('GR-12')).closest('tr');
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(within(table).queryByText('GR-1')).not.toBeInTheDocument();
    // The clerk may page back; the list does not jump again by itself.
    await user.click(screen.getByRole('button', { name: /previous page/i }));
    expect(await within(table).findByText('GR-1')).toBeInTheDocument();
  });
});
