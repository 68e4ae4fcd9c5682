import { describe, expect, it } from 'vitest';
import { fieldFromFieldCode, readFailure } from './concur-failure';

describe('Concur FAILURE results', () => {
  it.each([
    ['1000', 'Header|PurchaseOrderNumber', 'purchaseOrderNumber'],
    ['1001', 'LineItem|LineItemExternalID', 'lineItemExternalId'],
    ['1002', 'LineItem|IsReceived', 'isReceived'],
    ['1003', 'LineItem|ReceivedQuantity', 'receivedQuantity'],
    ['1004', 'LineItem|ReceivedDate', 'receivedDate'],
    ['1005', 'LineItem|UnitOfMeasureCode', 'unitOfMeasureCode'],
    ['1006', 'LineItem|ReceivedQuantity', 'receivedQuantity'],
    ['1008', 'LineItem|DeliverySlipNumber', 'deliverySlipNumber'],
    ['1011', 'LineItem|Version', 'version'],
    ['10010', 'LineItem|GoodsReceiptNumber', 'goodsReceiptNumber'],
    ['1007', 'LineItem|Color', undefined],
  ])('error %s (%s) lands on %s', (code, fieldCode, field) => {
    const failure = readFailure({ Status: 'FAILURE', ErrorCode: code, FieldCode: fieldCode, Message: 'Concur words' });
    expect(failure).toEqual({ code, field, messageKey: `poReceipts.concur.${code}`, concurMessage: 'Concur words' });
  });

  it('goes by the error code when FieldCode is missing, and reads a numeric code or an unknown one', () => {
    expect(readFailure({ Status: 'FAILURE', ErrorCode: 1003 })).toMatchObject({ code: '1003', field: 'receivedQuantity' });
    expect(readFailure({ Status: 'FAILURE', ErrorCode: '9999', ErrorMessage: 'Unexpected' })).toMatchObject({ field: undefined, messageKey: 'poReceipts.concur.9999', concurMessage: 'Unexpected' });
    expect(readFailure({ Status: 'FAILURE', ErrorCode: '4242' })).toMatchObject({ field: undefined, messageKey: 'poReceipts.concur.other', concurMessage: '' });
    expect(fieldFromFieldCode('custom7')).toBe('custom7');
    expect(fieldFromFieldCode(undefined)).toBeUndefined();
  });
});
