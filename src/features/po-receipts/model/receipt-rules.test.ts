import { describe, expect, it } from 'vitest';
import { emptyReceiptText } from './receipt-fields';
import { checkReceipt, formatQuantity, parseDate, parseQuantity, separatorsFor } from './receipt-rules';

const en = separatorsFor('en');
const esMx = separatorsFor('es-MX');

describe('quantities', () => {
  it('reads what en and es-MX users type (Mexico also writes 1,234.5) as Concur’s plain decimal', () => {
    for (const separators of [en, esMx]) {
      expect(parseQuantity('1,234.5', separators)).toEqual({ value: '1234.5' });
      expect(parseQuantity(' 1234.5 ', separators)).toEqual({ value: '1234.5' });
      expect(parseQuantity('1,234,567.1234', separators)).toEqual({ value: '1234567.1234' });
      expect(parseQuantity('007', separators)).toEqual({ value: '7' });
      expect(parseQuantity('.5', separators)).toEqual({ value: '0.5' });
      expect(parseQuantity('0', separators)).toEqual({ value: '0' });
      expect(parseQuantity('', separators)).toEqual({ value: '' });
    }
  });

  it.each([
    ['1e3', 'poReceipts.problem.quantityNotNumber'],
    ['1E3', 'poReceipts.problem.quantityNotNumber'],
    ['NaN', 'poReceipts.problem.quantityNotNumber'],
    ['Infinity', 'poReceipts.problem.quantityNotNumber'],
    ['+5', 'poReceipts.problem.quantityNotNumber'],
    ['12 kg', 'poReceipts.problem.quantityNotNumber'],
    ['１２', 'poReceipts.problem.quantityNotNumber'],
    ['1.2.3', 'poReceipts.problem.quantityNotNumber'],
    ['-1', 'poReceipts.problem.quantityNegative'],
    ['−1', 'poReceipts.problem.quantityNegative'],
    ['1,5', 'poReceipts.problem.quantityDecimalMark'],
    ['12,34', 'poReceipts.problem.quantityDecimalMark'],
    ['1.23456', 'poReceipts.problem.quantityDecimals'],
    ['1234567890123', 'poReceipts.problem.quantityTooLarge'],
  ])('refuses %s', (typed, problem) => {
    expect(parseQuantity(typed, en)).toEqual({ problem });
  });

  it('shows Concur’s value the way the user types it', () => {
    expect(formatQuantity('1234567.25', en)).toBe('1,234,567.25');
    expect(formatQuantity('12', esMx)).toBe('12');
  });
});

describe('dates', () => {
  it('accepts a real YYYY-MM-DD and Concur’s own "2018-09-15 00:00:00.0"', () => {
    expect(parseDate('2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(parseDate('2018-09-15 00:00:00.0')).toEqual({ value: '2018-09-15' });
    expect(parseDate('')).toEqual({ value: '' });
  });

  it.each([
    ['2024-02-30', 'poReceipts.problem.dateNotReal'],
    ['2023-02-29', 'poReceipts.problem.dateNotReal'],
    ['2024-2-3', 'poReceipts.problem.dateFormat'],
    ['15/09/2018', 'poReceipts.problem.dateFormat'],
    ['2018-09-15T10:00:00Z', 'poReceipts.problem.dateFormat'],
    ['1800-01-01', 'poReceipts.problem.dateRange'],
    ['unfinished', 'poReceipts.problem.dateUnfinished'],
  ])('refuses %s', (typed, problem) => {
    expect(parseDate(typed)).toEqual({ problem });
  });
});

describe('a whole receipt', () => {
  const valid = emptyReceiptText({
    purchaseOrderNumber: ' PO-2026-000001 ',
    lineItemExternalId: '0004',
    receivedDate: '2026-03-15',
    receivedQuantity: '1,234.5',
    goodsReceiptNumber: 'GR-1',
    isReceived: 'y',
    unitOfMeasureCode: 'EA',
  });

  it('becomes Concur’s body: every field a trimmed string, Version 2.0', () => {
    const checked = checkReceipt(valid, en);
    expect(checked).toEqual({
      body: expect.objectContaining({
        PurchaseOrderNumber: 'PO-2026-000001',
        LineItemExternalID: '0004',
        ReceivedDate: '2026-03-15',
        ReceivedQuantity: '1234.5',
        GoodsReceiptNumber: 'GR-1',
        IsReceived: 'Y',
        UnitOfMeasureCode: 'EA',
        Version: '2.0',
        Custom10: '',
      }),
    });
    if ('body' in checked) expect(Object.values(checked.body).every((value) => typeof value === 'string')).toBe(true);
  });

  it('refuses control and zero-width characters in identifiers', () => {
    for (const sneaky of ['PO-1\u200B', 'PO\u00001', 'PO\u202E1', '\uFEFFPO-1x\u2060']) {
      expect(checkReceipt({ ...valid, purchaseOrderNumber: sneaky }, en)).toEqual({ problems: { purchaseOrderNumber: 'poReceipts.problem.invisible' } });
    }
    expect(checkReceipt({ ...valid, lineItemExternalId: '00\u200D04' }, en)).toEqual({ problems: { lineItemExternalId: 'poReceipts.problem.invisible' } });
  });

  it('applies Concur’s lengths, required fields and version rules', () => {
    expect(checkReceipt({ ...valid, purchaseOrderNumber: '  ', lineItemExternalId: '' }, en)).toEqual({
      problems: { purchaseOrderNumber: 'poReceipts.problem.poRequired', lineItemExternalId: 'poReceipts.problem.lineRequired' },
    });
    expect(checkReceipt({ ...valid, goodsReceiptNumber: 'G'.repeat(51) }, en)).toEqual({ problems: { goodsReceiptNumber: 'poReceipts.problem.idTooLong' } });
    expect(checkReceipt({ ...valid, goodsReceiptNumber: 'G'.repeat(50) }, en)).toHaveProperty('body');
    expect(checkReceipt({ ...valid, unitOfMeasureCode: 'ABCDEFGHIJ' }, en)).toEqual({ problems: { unitOfMeasureCode: 'poReceipts.problem.unitTooLong' } });
    expect(checkReceipt({ ...valid, unitOfMeasureCode: 'ABCDEFGHI' }, en)).toHaveProperty('body');
    expect(checkReceipt({ ...valid, custom3: 'c'.repeat(49) }, en)).toEqual({ problems: { custom3: 'poReceipts.problem.customTooLong' } });
    expect(checkReceipt({ ...valid, goodsReceiptNumber: '' }, en)).toEqual({ problems: { goodsReceiptNumber: 'poReceipts.problem.goodsReceiptRequired' } });
    expect(checkReceipt({ ...valid, goodsReceiptNumber: '', version: '1.0', isReceived: '' }, en)).toEqual({
      problems: { isReceived: 'poReceipts.problem.isReceivedVersionOne' },
    });
    expect(checkReceipt({ ...valid, goodsReceiptNumber: '', version: 'V1' }, en)).toEqual({ body: expect.objectContaining({ Version: '1.0', GoodsReceiptNumber: '' }) });
    expect(checkReceipt({ ...valid, isReceived: 'maybe' }, en)).toEqual({ problems: { isReceived: 'poReceipts.problem.isReceived' } });
    expect(checkReceipt({ ...valid, version: '3.0' }, en)).toEqual({ problems: { version: 'poReceipts.problem.version' } });
  });
});
