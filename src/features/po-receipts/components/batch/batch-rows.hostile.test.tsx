import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../testing/render-app';
import { fakeReceiptsApi, signInClerk } from '../../testing/receipts-api';

const HEADER = ['PurchaseOrderNumber', 'LineItemExternalID', 'ReceivedDate', 'ReceivedQuantity', 'GoodsReceiptNumber', 'UnitOfMeasureCode', 'IsReceived', 'DeliverySlipNumber', 'Custom1'];
const HTML = '<img src=x onerror="document.title=\'pwned\'">';
const SCRIPT = '<script>document.title="pwned"</script>';

type Row = Partial<Record<'po' | 'line' | 'date' | 'quantity' | 'grn' | 'unit' | 'received' | 'slip' | 'custom1', string>>;
const line = (row: Row, index: number) =>
  [row.po ?? 'PO-2026-000001', row.line ?? '0004', row.date ?? '2026-03-15', row.quantity ?? '1', row.grn ?? `GR-H-${index}`, row.unit ?? 'EA', row.received ?? 'Y', row.slip ?? '', row.custom1 ?? ''].join('\t');

/** Each row breaks one rule with hostile text (first value: the message expected on the cell), or carries inert text to send. */
const REFUSED: [Row, string, string][] = [
  [{ po: '' }, 'PO number', 'Enter the PO number.'],
  [{ line: ' \u00A0 ' }, 'Line item external ID', 'Enter the line item external ID.'],
  [{ po: 'PO-2026-000001\u0007' }, 'PO number', 'Remove the invisible or control characters (often pasted by accident).'],
  [{ grn: 'GR\u200B-1' }, 'Goods receipt number', 'Remove the invisible or control characters (often pasted by accident).'],
  [{ slip: 'DS\u202E-1' }, 'Delivery slip number', 'Remove the invisible or control characters (often pasted by accident).'],
  [{ slip: 'D'.repeat(51) }, 'Delivery slip number', 'Use at most 50 characters.'],
  [{ unit: SCRIPT }, 'Unit of measure', 'Use fewer than 10 characters.'],
  [{ quantity: '1.234,5' }, 'Received quantity', 'Type a plain number such as 1,234.5 (no letters, signs, exponents like 1e3, NaN or Infinity).'],
  [{ quantity: '١٢٣' }, 'Received quantity', 'Type a plain number such as 1,234.5 (no letters, signs, exponents like 1e3, NaN or Infinity).'],
  [{ date: '٢٠٢٦-٠٣-١٥' }, 'Received date', 'Write the date as YYYY-MM-DD, for example 2026-03-15.'],
  [{ date: "2026-03-15' OR '1'='1" }, 'Received date', 'Write the date as YYYY-MM-DD, for example 2026-03-15.'],
  [{ received: '<b>Y</b>' }, 'Received', 'Use Y (yes) or N (no).'],
];
const SENT: Row[] = [{ po: HTML }, { line: "0004'; DROP TABLE receipts;--" }, { slip: SCRIPT }, { grn: '📦🚚✅' }, { custom1: '١٢٣ 1.234,5' }];

describe('batch rows: hostile input', { timeout: 60_000 }, () => {
  it('marks each hostile cell with its message, sends only the clean rows, exactly as typed, and shows every value as text', async () => {
    const api = fakeReceiptsApi();
    signInClerk();
    const { user } = renderApp({ url: '/po-receipts?mode=batch' });
    await screen.findByRole('heading', { name: 'Enter many receipts at once' }, { timeout: 10_000 });
    const rows = [...REFUSED.map(([row]) => row), ...SENT];
    fireEvent.paste(screen.getByRole('textbox', { name: 'Paste rows here (tab- or comma-separated)' }), {
      clipboardData: { getData: () => [HEADER.join('\t'), ...rows.map(line)].join('\n') },
    });
    expect(await screen.findByText(`${rows.length} rows added.`)).toBeInTheDocument();

    REFUSED.forEach(([, column, message], index) => {
      const cell = screen.getByRole('textbox', { name: `${column}, row ${index + 1}` });
      expect(cell, `row ${index + 1}`).toHaveAttribute('aria-invalid', 'true');
      expect(cell, `row ${index + 1}`).toHaveAccessibleDescription(`${column}: ${message}`);
    });
    expect(screen.getByRole('textbox', { name: `PO number, row ${REFUSED.length + 1}` })).toHaveValue(HTML);

    await user.click(screen.getByRole('button', { name: `Submit all (${rows.length})` }));
    expect(await screen.findByText(`Saved: ${SENT.length} · need attention: ${REFUSED.length} · not sent yet: 0.`)).toBeInTheDocument();
    await waitFor(() => expect(api.puts).toHaveLength(SENT.length));
    expect(api.puts.map((body) => [body.PurchaseOrderNumber, body.LineItemExternalID, body.DeliverySlipNumber, body.GoodsReceiptNumber, body.Custom1])).toEqual(
      expect.arrayContaining([
        [HTML, '0004', '', `GR-H-${REFUSED.length}`, ''],
        ['PO-2026-000001', "0004'; DROP TABLE receipts;--", '', `GR-H-${REFUSED.length + 1}`, ''],
        ['PO-2026-000001', '0004', SCRIPT, `GR-H-${REFUSED.length + 2}`, ''],
        ['PO-2026-000001', '0004', '', '📦🚚✅', ''],
        ['PO-2026-000001', '0004', '', `GR-H-${REFUSED.length + 4}`, '١٢٣ 1.234,5'],
      ]),
    );
    const table = screen.getByRole('table');
    expect(within(table).queryAllByRole('img').filter((image) => image.getAttribute('src') === 'x')).toEqual([]);
    expect(document.querySelector('img[src="x"], main script')).toBeNull();
    expect(document.title).not.toBe('pwned');
  });
});
