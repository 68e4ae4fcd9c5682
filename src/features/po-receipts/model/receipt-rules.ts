import type { poReceiptsEn } from '../../../i18n/messages/po-receipts.en';
import { CONCUR_NAMES, RECEIPT_FIELDS, type ReceiptField, type ReceiptText } from './receipt-fields';

/** A reason a value cannot be sent, as the message key that explains it. */
export type ProblemKey = Extract<keyof typeof poReceiptsEn, `poReceipts.problem.${string}`>;
export type Problems = Partial<Record<ReceiptField, ProblemKey>>;

/** The body of `PUT /invoice/purchaseorderreceipts`: every field a string, as Concur wants (1009 otherwise). */
export type ReceiptBody = Record<string, string> & { PurchaseOrderNumber: string; LineItemExternalID: string; Version: '2.0' | '1.0' };

export interface NumberSeparators {
  group: string;
  decimal: string;
}

/** The grouping and decimal marks of a locale (en and es-MX both write 1,234.5). */
export function separatorsFor(locale: string): NumberSeparators {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

/** What the form's date picker reports for a date that is partly typed or impossible. */
export const UNFINISHED_DATE = 'unfinished';

// Control, zero-width, soft-hyphen and bidirectional formatting characters: invisible in a cell, fatal in an id.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const ID_MAX = 50;
const CUSTOM_MAX = 48;
const UNIT_MAX = 9;
const QUANTITY_INTEGER_DIGITS = 12;
const QUANTITY_DECIMALS = 4;

type Checked = { value: string; problem?: undefined } | { value?: undefined; problem: ProblemKey };

function checkText(raw: string, max: number, tooLong: ProblemKey, required?: ProblemKey): Checked {
  const value = raw.trim();
  if (value === '') return required ? { problem: required } : { value };
  if (INVISIBLE.test(value)) return { problem: 'poReceipts.problem.invisible' };
  if (value.length > max) return { problem: tooLong };
  return { value };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A quantity typed in the user's locale, as Concur's plain decimal string (`1,234.5` → `1234.5`). */
export function parseQuantity(raw: string, separators: NumberSeparators): Checked {
  const text = raw.trim();
  if (text === '') return { value: '' };
  if (/^[-\u2212\u2012-\u2014]/.test(text)) return { problem: 'poReceipts.problem.quantityNegative' };
  const group = escapeRegExp(separators.group);
  const decimal = escapeRegExp(separators.decimal);
  const grouped = new RegExp(`^\\d{1,3}(?:${group}\\d{3})+(?:${decimal}\\d*)?$`);
  const plain = new RegExp(`^(?:\\d+(?:${decimal}\\d*)?|${decimal}\\d+)$`);
  if (!grouped.test(text) && !plain.test(text)) {
    if (new RegExp(`^\\d+${group}\\d+$`).test(text)) return { problem: 'poReceipts.problem.quantityDecimalMark' };
    return { problem: 'poReceipts.problem.quantityNotNumber' };
  }
  const [integerPart = '', fraction = ''] = text.split(separators.decimal);
  const integer = integerPart.split(separators.group).join('').replace(/^0+(?=\d)/, '') || '0';
  if (fraction.length > QUANTITY_DECIMALS) return { problem: 'poReceipts.problem.quantityDecimals' };
  if (integer.length > QUANTITY_INTEGER_DIGITS) return { problem: 'poReceipts.problem.quantityTooLarge' };
  return { value: fraction ? `${integer}.${fraction}` : integer };
}

/** Concur's quantity string shown the way the user types it (`1234.5` → `1,234.5`). */
export function formatQuantity(value: string, separators: NumberSeparators): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const integer = (match[1] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  return match[2] ? `${integer}${separators.decimal}${match[2]}` : integer;
}

/** A real calendar date as `YYYY-MM-DD` (Concur's `2018-09-15 00:00:00.0` form is read too). */
export function parseDate(raw: string): Checked {
  const text = raw.trim();
  if (text === '') return { value: '' };
  if (text === UNFINISHED_DATE) return { problem: 'poReceipts.problem.dateUnfinished' };
  const match = /^(\d{4})-(\d{2})-(\d{2})(?: 00:00:00(?:\.0+)?)?$/.exec(text);
  if (!match) return { problem: 'poReceipts.problem.dateFormat' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { problem: 'poReceipts.problem.dateNotReal' };
  }
  if (year < 1900 || year > 2099) return { problem: 'poReceipts.problem.dateRange' };
  return { value: text.slice(0, 10) };
}

const VERSION_ONE = ['1.0', '1', 'V1'];
const VERSION_TWO = ['', '2.0', '2', 'V2'];

/**
 * The console's rules for one receipt, the same for the form and every batch row. They match the sandbox's (and
 * Concur's documented) checks, and are stricter where a value would be wrong anyway (invisible characters, locale decimals).
 */
export function checkReceipt(text: ReceiptText, separators: NumberSeparators): { body: ReceiptBody } | { problems: Problems } {
  const problems: Problems = {};
  const values: Partial<Record<ReceiptField, string>> = {};
  const take = (field: ReceiptField, checked: Checked) => {
    if (checked.problem) problems[field] = checked.problem;
    else values[field] = checked.value;
  };
  const idTooLong = 'poReceipts.problem.idTooLong';
  take('purchaseOrderNumber', checkText(text.purchaseOrderNumber, ID_MAX, idTooLong, 'poReceipts.problem.poRequired'));
  take('lineItemExternalId', checkText(text.lineItemExternalId, ID_MAX, idTooLong, 'poReceipts.problem.lineRequired'));
  take('goodsReceiptNumber', checkText(text.goodsReceiptNumber, ID_MAX, idTooLong));
  take('deliverySlipNumber', checkText(text.deliverySlipNumber, ID_MAX, idTooLong));
  take('unitOfMeasureCode', checkText(text.unitOfMeasureCode, UNIT_MAX, 'poReceipts.problem.unitTooLong'));
  take('receivedQuantity', parseQuantity(text.receivedQuantity, separators));
  take('receivedDate', parseDate(text.receivedDate));
  for (const field of RECEIPT_FIELDS.filter((name) => name.startsWith('custom'))) {
    take(field, checkText(text[field], CUSTOM_MAX, 'poReceipts.problem.customTooLong'));
  }

  const isReceived = text.isReceived.trim().toUpperCase();
  if (!['', 'Y', 'N'].includes(isReceived)) problems.isReceived = 'poReceipts.problem.isReceived';
  else values.isReceived = isReceived;

  const version = text.version.trim().toUpperCase();
  const versionOne = VERSION_ONE.includes(version);
  if (!versionOne && !VERSION_TWO.includes(version)) problems.version = 'poReceipts.problem.version';
  else values.version = versionOne ? '1.0' : '2.0';

  if (versionOne && values.isReceived === '') problems.isReceived = 'poReceipts.problem.isReceivedVersionOne';
  if (!versionOne && values.goodsReceiptNumber === '') problems.goodsReceiptNumber = 'poReceipts.problem.goodsReceiptRequired';

  if (Object.keys(problems).length > 0) return { problems };
  const body = Object.fromEntries(RECEIPT_FIELDS.map((field) => [CONCUR_NAMES[field], values[field] ?? ''])) as ReceiptBody;
  return { body };
}

/** The PO number to look receipts up by, or undefined while it is empty or could not be one. */
export function lookupPoNumber(raw: string): string | undefined {
  const checked = checkText(raw, ID_MAX, 'poReceipts.problem.idTooLong', 'poReceipts.problem.poRequired');
  return checked.problem ? undefined : checked.value;
}
