import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { fillReceipt } from '../testing/form-helpers';
import { CLERK, fakeReceiptsApi, signInClerk } from '../testing/receipts-api';

const VALID = { po: 'PO-2026-000001', line: '0004', quantity: '12.5', unit: 'EA', grn: 'GR-OFF-1' };
const goOffline = () => act(() => void window.dispatchEvent(new Event('offline')));
const goOnline = () => act(() => void window.dispatchEvent(new Event('online')));
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => onlineManager.setOnline(true));

describe('saving while offline', { timeout: 60_000 }, () => {
  it('the shell says so, Save waits (nothing sent), typing goes on, and back online the receipt is sent exactly once', async () => {
    const api = fakeReceiptsApi();
    signInClerk();
    const { user } = renderApp({ url: '/po-receipts' });
    await screen.findByRole('heading', { name: 'Record a receipt' }, { timeout: 10_000 });
    await fillReceipt(user, VALID);

    goOffline();
    expect(screen.getByText('You are offline').closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    await user.click(screen.getByRole('button', { name: 'Save when back online' }));

    const waiting = await screen.findByRole('button', { name: 'Waiting for the connection…' });
    expect(waiting).toBeDisabled();
    expect(waiting).toHaveAccessibleDescription(expect.stringContaining('sent once, as soon as the connection is back'));
    // The form stays editable, and what is typed now is kept (as a draft) but is not part of the waiting save.
    const slip = screen.getByRole('textbox', { name: /^Delivery slip number/ });
    await user.type(slip, 'DS-LATER');
    await waitFor(() => expect(sessionStorage.getItem(`concur-console:draft:${CLERK.id}:po-receipts:form`)).toContain('DS-LATER'));
    await settle();
    expect(api.puts).toHaveLength(0);

    goOnline();
    expect(await screen.findByText('Receipt saved in Concur')).toBeInTheDocument();
    expect(screen.getByText('You are back online. Anything that was waiting is being sent.')).toBeInTheDocument();
    expect(api.puts).toEqual([expect.objectContaining({ PurchaseOrderNumber: 'PO-2026-000001', GoodsReceiptNumber: 'GR-OFF-1', ReceivedQuantity: '12.5', DeliverySlipNumber: '' })]);
    expect(slip).toHaveValue('DS-LATER');
    await settle();
    expect(api.puts).toHaveLength(1);
    // The edit made while waiting is still unsaved: its draft survives, and Save sends it.
    expect(sessionStorage.getItem(`concur-console:draft:${CLERK.id}:po-receipts:form`)).toContain('DS-LATER');
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));
    await waitFor(() => expect(api.puts).toHaveLength(2));
    expect(api.puts[1]).toMatchObject({ GoodsReceiptNumber: 'GR-OFF-1', DeliverySlipNumber: 'DS-LATER' });
  });

  it('a double click and Ctrl+Enter while offline still make one request once back online', async () => {
    const api = fakeReceiptsApi();
    signInClerk();
    const { user } = renderApp({ url: '/po-receipts' });
    await screen.findByRole('heading', { name: 'Record a receipt' }, { timeout: 10_000 });
    await fillReceipt(user, VALID);
    goOffline();
    const save = screen.getByRole('button', { name: 'Save when back online' });
    fireEvent.click(save);
    fireEvent.click(save);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('button', { name: 'Waiting for the connection…' });
    goOnline();
    expect(await screen.findByText('Receipt saved in Concur')).toBeInTheDocument();
    await settle();
    expect(api.puts).toHaveLength(1);
  });

  it('a batch waits for the connection instead of failing row after row, then sends each row once', async () => {
    const api = fakeReceiptsApi();
    signInClerk();
    const { user } = renderApp({ url: '/po-receipts?mode=batch' });
    await screen.findByRole('heading', { name: 'Enter many receipts at once' }, { timeout: 10_000 });
    const rows = ['PO number\tLine item external ID\tReceived date\tReceived quantity\tGoods receipt number'];
    for (let index = 1; index <= 6; index += 1) rows.push(`PO-2026-000001\t0004\t2026-03-15\t${index}\tGR-OFF-B-${index}`);
    fireEvent.paste(screen.getByRole('textbox', { name: 'Paste rows here (tab- or comma-separated)' }), { clipboardData: { getData: () => rows.join('\n') } });
    expect(await screen.findByText('6 rows added.')).toBeInTheDocument();

    goOffline();
    await user.click(screen.getByRole('button', { name: 'Submit all (6)' }));
    expect(await screen.findByText('Waiting for the connection: 0 of 6 sent. The rest go once it is back.')).toBeInTheDocument();
    await settle();
    expect(api.puts).toHaveLength(0);

    goOnline();
    expect(await screen.findByText('Saved: 6 · need attention: 0 · not sent yet: 0.')).toBeInTheDocument();
    expect(api.puts.map((body) => body.GoodsReceiptNumber).sort()).toEqual(['GR-OFF-B-1', 'GR-OFF-B-2', 'GR-OFF-B-3', 'GR-OFF-B-4', 'GR-OFF-B-5', 'GR-OFF-B-6']);
  });

  it('Cancel during the wait sends nothing', async () => {
    const api = fakeReceiptsApi();
    signInClerk();
    const { user } = renderApp({ url: '/po-receipts?mode=batch' });
    await screen.findByRole('heading', { name: 'Enter many receipts at once' }, { timeout: 10_000 });
    fireEvent.paste(screen.getByRole('textbox', { name: 'Paste rows here (tab- or comma-separated)' }), {
      clipboardData: { getData: () => 'PO number\tLine item external ID\tReceived date\tReceived quantity\tGoods receipt number\nPO-2026-000001\t0004\t2026-03-15\t1\tGR-OFF-C-1' },
    });
    goOffline();
    await user.click(await screen.findByRole('button', { name: 'Submit all (1)' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Saved: 0 · need attention: 0 · not sent yet: 1.')).toBeInTheDocument();
    goOnline();
    await settle();
    expect(api.puts).toHaveLength(0);
  });
});
