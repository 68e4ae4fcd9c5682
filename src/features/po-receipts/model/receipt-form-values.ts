import dayjs, { type Dayjs } from 'dayjs';
import type { Receipt } from '../api/receipt-schemas';
import { CONCUR_NAMES, RECEIPT_FIELDS, emptyReceiptText, type ReceiptText } from './receipt-fields';
import { UNFINISHED_DATE, formatQuantity, type NumberSeparators } from './receipt-rules';

/** The form holds the date as the picker's value; every other field is text. */
export type ReceiptFormValues = Omit<ReceiptText, 'receivedDate'> & { receivedDate: Dayjs | null };

/** The picker's value as a plain calendar date, read in local time so it is never shifted by a time zone. */
export function dateText(value: Dayjs | null): string {
  if (value === null) return '';
  return value.isValid() ? value.format('YYYY-MM-DD') : UNFINISHED_DATE;
}

export function dateValue(text: string): Dayjs | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  // new Date(y, m, d) is local midnight of that calendar day: the picker shows exactly that day.
  const value = dayjs(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return value.isValid() ? value : null;
}

export function formToText(values: ReceiptFormValues): ReceiptText {
  return { ...values, receivedDate: dateText(values.receivedDate) };
}

export function textToForm(text: ReceiptText): ReceiptFormValues {
  return { ...text, receivedDate: dateValue(text.receivedDate) };
}

export function blankForm(overrides: Partial<ReceiptFormValues> = {}): ReceiptFormValues {
  return { ...textToForm(emptyReceiptText({ isReceived: 'Y' })), receivedDate: dayjs().startOf('day'), ...overrides };
}

/** A receipt from Concur as the form shows it (its quantity in the user's locale). */
export function receiptToText(receipt: Receipt, separators: NumberSeparators): ReceiptText {
  const text = emptyReceiptText();
  const record = receipt as Record<string, string | null | undefined>;
  for (const field of RECEIPT_FIELDS) text[field] = (record[CONCUR_NAMES[field]] ?? '').trim();
  text.receivedDate = text.receivedDate.slice(0, 10);
  text.receivedQuantity = formatQuantity(text.receivedQuantity, separators);
  text.isReceived = text.isReceived.toUpperCase();
  text.version = ['1.0', '1', 'V1'].includes(text.version.toUpperCase()) ? '1.0' : '2.0';
  return text;
}
