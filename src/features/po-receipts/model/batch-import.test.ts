import { describe, expect, it } from 'vitest';
import { readRows } from './batch-columns';
import { parseTable } from './parse-table';

describe('pasted or uploaded rows', () => {
  it('reads a spreadsheet copy (tabs) with a header row in any order, in English, Spanish or Concur’s names', () => {
    const pasted = 'Goods receipt number\tPO number\tCantidad\tLineItemExternalID\tNotes\nGR-1\tPO-1\t1,234.5\t0004\thello\n';
    const { rows, ignored } = readRows(parseTable(pasted));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ goodsReceiptNumber: 'GR-1', purchaseOrderNumber: 'PO-1', receivedQuantity: '1,234.5', lineItemExternalId: '0004', version: '2.0' });
    expect(ignored).toEqual(['Notes']);
  });

  it('reads rows without a header in the form’s column order', () => {
    const { rows } = readRows(parseTable('PO-1\t0001\t2026-03-15\t12\tEA\tY\tGR-9\tDS-1\r\nPO-1\t0002\t\t\t\t\tGR-9\n'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ purchaseOrderNumber: 'PO-1', lineItemExternalId: '0001', receivedDate: '2026-03-15', receivedQuantity: '12', unitOfMeasureCode: 'EA', isReceived: 'Y', goodsReceiptNumber: 'GR-9', deliverySlipNumber: 'DS-1' });
    expect(rows[1]).toMatchObject({ lineItemExternalId: '0002', receivedQuantity: '', goodsReceiptNumber: 'GR-9' });
  });

  it('reads CSV with quoted commas, quotes and line breaks, a BOM, and skips blank lines', () => {
    const csv = '\uFEFFPurchaseOrderNumber,LineItemExternalID,ReceivedQuantity,Custom1\n"PO-1",0001,"1,234.5","say ""hi""\nthere"\n\n,,,\n';
    const { rows } = readRows(parseTable(csv));
    expect(rows).toEqual([expect.objectContaining({ purchaseOrderNumber: 'PO-1', receivedQuantity: '1,234.5', custom1: 'say "hi"\nthere' })]);
  });

  it('reads semicolon-separated files', () => {
    expect(parseTable('a;b;"c;d"\n1;2;3')).toEqual([
      ['a', 'b', 'c;d'],
      ['1', '2', '3'],
    ]);
  });
});
