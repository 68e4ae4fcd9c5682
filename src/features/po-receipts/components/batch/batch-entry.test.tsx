import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../../testing/render-app';
import { CLERK, fakeReceiptsApi, signInClerk } from '../../testing/receipts-api';

const HEADER = 'PO number\tLine item external ID\tReceived date\tReceived quantity\tGoods receipt number';
const row = (index: number, overrides: Partial<Record<'po' | 'line' | 'date' | 'quantity', string>> = {}) =>
  [overrides.po ?? 'PO-2026-000001', overrides.line ?? '0004', overrides.date ?? '2026-03-15', overrides.quantity ?? `1,${String(index).padStart(3, '0')}.5`, `GR-B-${index}`].join('\t');

async function openBatch() {
  signInClerk();
  const view = renderApp({ url: '/po-receipts?mode=batch' });
  await screen.findByRole('heading', { name: 'Enter many receipts at once' }, { timeout: 10_000 });
  return view;
}

function paste(text: string) {
  const box = screen.getByRole('textbox', { name: 'Paste rows here (tab- or comma-separated)' });
  fireEvent.paste(box, { clipboardData: { getData: () => text } });
}

const cell = (column: string, rowNumber: number) => screen.getByRole('textbox', { name: `${column}, row ${rowNumber}` });
const resultOf = (rowNumber: number) => {
  const rowHeader = screen.getByRole('rowheader', { name: String(rowNumber) });
  const cells = within(rowHeader.closest('tr') as HTMLElement).getAllByRole('cell');
  return (cells[0] as HTMLElement).textContent;
};

afterEach(() => vi.restoreAllMocks());

describe('batch entry', { timeout: 60_000 }, () => {
  it('marks bad cells as soon as rows are pasted, sends the good ones 4 at a time, and retries only the failed ones', async () => {
    const api = fakeReceiptsApi({
      latencyMs: 20,
      answer: (body) =>
        body.LineItemExternalID === '9999'
          ? { Status: 'FAILURE', ErrorCode: '1001', FieldCode: 'LineItem|LineItemExternalID', Message: 'Purchase order PO-2026-000001 has no line "9999".' }
          : { Status: 'SUCCESS' },
    });
    const { user } = await openBatch();
    const rows = [HEADER, ...Array.from({ length: 9 }, (_, index) => row(index + 1))];
    rows[3] = row(3, { quantity: '1e3' });
    rows[5] = row(5, { date: '2026-02-30' });
    rows[7] = row(7, { line: '9999' });
    paste(rows.join('\n'));

    expect(await screen.findByText('9 rows added.')).toBeInTheDocument();
    expect(cell('Received quantity', 3)).toHaveAttribute('aria-invalid', 'true');
    expect(cell('Received quantity', 3)).toHaveAccessibleDescription(expect.stringContaining('Received quantity: Type a plain number'));
    expect(cell('Received date', 5)).toHaveAccessibleDescription('Received date: This date does not exist in the calendar.');
    expect(cell('Received quantity', 1)).toHaveAttribute('aria-invalid', 'false');

    await user.click(screen.getByRole('button', { name: 'Submit all (9)' }));
    expect(await screen.findByText('Saved: 6 · need attention: 3 · not sent yet: 0.')).toBeInTheDocument();
    expect(api.puts).toHaveLength(7);
    expect(api.concurrency.max).toBeLessThanOrEqual(4);
    expect(api.concurrency.max).toBeGreaterThan(1);
    expect(api.puts.map((body) => body.ReceivedQuantity)).toContain('1001.5');
    expect(resultOf(1)).toBe('Saved');
    expect(resultOf(3)).toMatch(/^FailedNot sent: fix the marked cells/);
    expect(resultOf(7)).toContain('Concur error 1001: “Purchase order PO-2026-000001 has no line "9999".”');
    expect(cell('Line item external ID', 7)).toHaveAccessibleDescription('Line item external ID: This PO has no line with this external ID.');
    expect(cell('Received quantity', 1)).toHaveAttribute('readonly');

    await user.clear(cell('Received quantity', 3));
    await user.type(cell('Received quantity', 3), '1,000');
    await user.clear(cell('Received date', 5));
    await user.type(cell('Received date', 5), '2026-02-28');
    await user.clear(cell('Line item external ID', 7));
    await user.type(cell('Line item external ID', 7), '0004');
    expect(resultOf(7)).toContain('Edited since it failed');
    await user.click(screen.getByRole('button', { name: 'Retry failed (3)' }));

    expect(await screen.findByText('Saved: 9 · need attention: 0 · not sent yet: 0.')).toBeInTheDocument();
    expect(api.puts).toHaveLength(10);
    expect(api.puts.slice(7).map((body) => body.GoodsReceiptNumber).sort()).toEqual(['GR-B-3', 'GR-B-5', 'GR-B-7']);
    await waitFor(() => expect(sessionStorage.getItem(`concur-console:draft:${CLERK.id}:po-receipts:batch`)).toBeNull());
  });

  it('Cancel stops starting rows; those already on their way finish, the rest stay "Not sent"', async () => {
    let answer: () => void = () => undefined;
    const api = fakeReceiptsApi({ hold: new Promise<void>((resolve) => (answer = resolve)) });
    const { user } = await openBatch();
    paste([HEADER, ...Array.from({ length: 10 }, (_, index) => row(index + 1))].join('\n'));
    await user.click(await screen.findByRole('button', { name: 'Submit all (10)' }));
    await waitFor(() => expect(api.puts).toHaveLength(4));
    expect(screen.getByText('Sent 0 of 10')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    answer();
    expect(await screen.findByText('Saved: 4 · need attention: 0 · not sent yet: 6.')).toBeInTheDocument();
    expect(api.puts).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Submit all (6)' })).toBeEnabled();
  });

  it('reads an uploaded CSV, keeps the batch as a draft and restores it after a reload, never sending it', async () => {
    const api = fakeReceiptsApi();
    const first = await openBatch();
    const csv = 'PurchaseOrderNumber,LineItemExternalID,ReceivedQuantity,GoodsReceiptNumber,Remarks\nPO-2026-000001,0004,"1,234.5",GR-U-1,hello\n';
    await first.user.upload(screen.getByLabelText('Upload CSV'), new File([csv], 'receipts.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/1 row added\. These columns were not recognised and were left out: Remarks\./)).toBeInTheDocument();
    await waitFor(() => expect(sessionStorage.getItem(`concur-console:draft:${CLERK.id}:po-receipts:batch`)).toContain('GR-U-1'));
    first.unmount();

    renderApp({ url: '/po-receipts?mode=batch' });
    expect(await screen.findByText('Restored, not sent')).toBeInTheDocument();
    expect(cell('Received quantity', 1)).toHaveValue('1,234.5');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.puts).toHaveLength(0);
  });

  it('exports each row and its result as CSV', async () => {
    fakeReceiptsApi({ answer: (body) => (body.LineItemExternalID === '9999' ? { Status: 'FAILURE', ErrorCode: '1001', Message: 'No line' } : { Status: 'SUCCESS' }) });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:results';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await openBatch();
    paste([HEADER, row(1), row(2, { line: '9999' })].join('\n'));
    await user.click(await screen.findByRole('button', { name: 'Submit all (2)' }));
    await screen.findByText('Saved: 1 · need attention: 1 · not sent yet: 0.');
    await user.click(screen.getByRole('button', { name: 'Export results (CSV)' }));

    const text = await (blobs[0] as Blob).text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('PurchaseOrderNumber,LineItemExternalID,ReceivedDate,ReceivedQuantity,UnitOfMeasureCode,IsReceived,GoodsReceiptNumber,DeliverySlipNumber,Version,Status,Error code,Message,Reference');
    expect(lines[1]).toBe('PO-2026-000001,0004,2026-03-15,"1,001.5",,,GR-B-1,,2.0,Saved,,,');
    expect(lines[2]).toBe('PO-2026-000001,9999,2026-03-15,"1,002.5",,,GR-B-2,,2.0,Failed,1001,Concur error 1001: “No line”,');
  });
});
