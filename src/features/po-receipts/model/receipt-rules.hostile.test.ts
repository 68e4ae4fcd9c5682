import { describe, expect, it } from 'vitest';
import { receiptTextSchema } from './receipt-schema';
import { CONCUR_NAMES, CUSTOM_FIELDS, emptyReceiptText, type ReceiptField } from './receipt-fields';
import { checkReceipt, separatorsFor, type ProblemKey } from './receipt-rules';
import { validateRow } from './validate-row';

const en = separatorsFor('en');
const esMx = separatorsFor('es-MX');

const valid = emptyReceiptText({
  purchaseOrderNumber: 'PO-2026-000001',
  lineItemExternalId: '0004',
  receivedDate: '2026-03-15',
  receivedQuantity: '12.5',
  goodsReceiptNumber: 'GR-1',
  isReceived: 'Y',
  unitOfMeasureCode: 'EA',
});

/** What lands in a text field from a hostile user or an unlucky paste. */
const HOSTILE: Record<string, string> = {
  empty: '',
  whitespace: ' \u00A0\t  ',
  control: 'GR\u0007-1\u0000',
  zeroWidth: 'GR\u200B-1',
  rightToLeftOverride: 'GR-\u202E1-exe',
  html: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  sql: "1'; DROP TABLE receipts;--",
  emoji: '📦🚚✅',
  decimalComma: '1.234,5',
  arabicIndicDigits: '١٢٣',
};

type Expectation = { problem: ProblemKey } | { sent: string };

/** The text fields with their limit, and what an empty value means for each (in a version 2.0 receipt). */
const TEXT_FIELDS: [ReceiptField, number, ProblemKey, ProblemKey | null][] = [
  ['purchaseOrderNumber', 50, 'poReceipts.problem.idTooLong', 'poReceipts.problem.poRequired'],
  ['lineItemExternalId', 50, 'poReceipts.problem.idTooLong', 'poReceipts.problem.lineRequired'],
  ['goodsReceiptNumber', 50, 'poReceipts.problem.idTooLong', 'poReceipts.problem.goodsReceiptRequired'],
  ['deliverySlipNumber', 50, 'poReceipts.problem.idTooLong', null],
  ['unitOfMeasureCode', 9, 'poReceipts.problem.unitTooLong', null],
  ...CUSTOM_FIELDS.map((field): [ReceiptField, number, ProblemKey, ProblemKey | null] => [field, 48, 'poReceipts.problem.customTooLong', null]),
];

function expectationFor(kind: string, typed: string, max: number, tooLong: ProblemKey, whenEmpty: ProblemKey | null): Expectation {
  if (kind === 'empty' || kind === 'whitespace') return whenEmpty ? { problem: whenEmpty } : { sent: '' };
  if (['control', 'zeroWidth', 'rightToLeftOverride'].includes(kind)) return { problem: 'poReceipts.problem.invisible' };
  if (typed.length > max) return { problem: tooLong };
  return { sent: typed };
}

describe('PO receipt rules: hostile text in every text field (form and batch share them)', () => {
  for (const [field, max, tooLong, whenEmpty] of TEXT_FIELDS) {
    it.each(Object.entries(HOSTILE))(`${field}: %s gets a message or is sent as the same inert text`, (kind, typed) => {
      const checked = checkReceipt({ ...valid, [field]: typed }, en);
      const expected = expectationFor(kind, typed, max, tooLong, whenEmpty);
      if ('problem' in expected) expect(checked).toEqual({ problems: { [field]: expected.problem } });
      else expect(checked).toEqual({ body: expect.objectContaining({ [CONCUR_NAMES[field]]: expected.sent }) as unknown });
    });

    it(`${field}: ${max} characters pass, ${max + 1} do not`, () => {
      expect(checkReceipt({ ...valid, [field]: 'x'.repeat(max) }, en)).toHaveProperty('body');
      expect(checkReceipt({ ...valid, [field]: 'x'.repeat(max + 1) }, en)).toEqual({ problems: { [field]: tooLong } });
    });
  }

  it('the body holds only strings, JSON-escaped as such: markup and SQL travel as text', () => {
    const text = { ...valid, purchaseOrderNumber: HOSTILE.html as string, deliverySlipNumber: HOSTILE.sql as string, custom1: HOSTILE.script as string };
    const checked = checkReceipt(text, en);
    if (!('body' in checked)) throw new Error('expected a body');
    expect(JSON.parse(JSON.stringify(checked.body))).toEqual(checked.body);
    expect(Object.values(checked.body).every((value) => typeof value === 'string')).toBe(true);
  });
});

describe('PO receipt rules: quantities, dates and choices written in other ways', () => {
  it.each([
    ['1.234,5', 'poReceipts.problem.quantityNotNumber'],
    ['1 234,5', 'poReceipts.problem.quantityNotNumber'],
    ['1’234.5', 'poReceipts.problem.quantityNotNumber'],
    ['١٢٣', 'poReceipts.problem.quantityNotNumber'],
    ['١٢٣٫٥', 'poReceipts.problem.quantityNotNumber'],
    ['12\u200B', 'poReceipts.problem.quantityNotNumber'],
    ['\u202E5.21', 'poReceipts.problem.quantityNotNumber'],
    ['<b>1</b>', 'poReceipts.problem.quantityNotNumber'],
    ["1; DROP TABLE receipts", 'poReceipts.problem.quantityNotNumber'],
    ['🔟', 'poReceipts.problem.quantityNotNumber'],
    ['0x1A', 'poReceipts.problem.quantityNotNumber'],
    ['1_000', 'poReceipts.problem.quantityNotNumber'],
  ] as const)('quantity %j is refused with a clear message, in en and es-MX', (typed, problem) => {
    for (const separators of [en, esMx]) {
      expect(checkReceipt({ ...valid, receivedQuantity: typed }, separators)).toEqual({ problems: { receivedQuantity: problem } });
    }
  });

  it.each(['٢٠٢٦-٠٣-١٥', '2026-03-15\u200B', '2026\u202E-03-15', '<script>', "2026-03-15' OR 1=1", '15.03.2026', '📅'])('date %j is refused', (typed) => {
    expect(checkReceipt({ ...valid, receivedDate: typed }, en)).toEqual({ problems: { receivedDate: 'poReceipts.problem.dateFormat' } });
  });

  it.each(['Sí', 'y\u200B', '<Y>', "Y' --", '✔'])('received %j is refused (only Y or N)', (typed) => {
    expect(checkReceipt({ ...valid, isReceived: typed }, en)).toEqual({ problems: { isReceived: 'poReceipts.problem.isReceived' } });
  });

  it.each(['2.0\u200B', '２.０', '<2.0>', '3'])('version %j is refused', (typed) => {
    expect(checkReceipt({ ...valid, version: typed }, en)).toEqual({ problems: { version: 'poReceipts.problem.version' } });
  });

  it('the schema behind the form and the batch gives the same message keys, field by field', () => {
    const schema = receiptTextSchema(en);
    expect(validateRow(schema, { ...valid, purchaseOrderNumber: HOSTILE.zeroWidth as string, receivedQuantity: '١٢٣', unitOfMeasureCode: HOSTILE.html as string })).toEqual({
      problems: {
        purchaseOrderNumber: 'poReceipts.problem.invisible',
        receivedQuantity: 'poReceipts.problem.quantityNotNumber',
        unitOfMeasureCode: 'poReceipts.problem.unitTooLong',
      },
    });
  });
});
