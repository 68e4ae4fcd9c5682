import { fireEvent, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Enters a date as the picker shows it (MM/DD/YYYY in English, DD/MM/YYYY in Spanish) through the field's own input,
 * as autofill does. Typing section by section is covered in Chromium by the e2e suite; in jsdom it is timing-sensitive.
 */
export function enterDate(shown: string) {
  const input = document.querySelector<HTMLInputElement>('#receipt-receivedDate');
  if (!input) throw new Error('no received date field');
  fireEvent.change(input, { target: { value: shown } });
}

export async function fillReceipt(user: UserEvent, values: Partial<Record<'po' | 'line' | 'quantity' | 'unit' | 'grn' | 'slip', string>>) {
  const fields: [keyof typeof values, string][] = [
    ['po', 'PO number'],
    ['line', 'Line item external ID'],
    ['quantity', 'Received quantity'],
    ['unit', 'Unit of measure'],
    ['grn', 'Goods receipt number'],
    ['slip', 'Delivery slip number'],
  ];
  for (const [key, label] of fields) {
    const value = values[key];
    if (value === undefined) continue;
    const input = screen.getByRole('textbox', { name: new RegExp(`^${label}`) });
    await user.clear(input);
    if (value !== '') await user.paste(value);
  }
}
