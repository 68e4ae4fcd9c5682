import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { fillReceipt } from '../testing/form-helpers';
import { fakeReceiptsApi, signInClerk } from '../testing/receipts-api';

const HTML = '<img src=x onerror="document.title=\'pwned\'">';
const SCRIPT = '<script>document.title="pwned"</script>';
const SQL = "0004'; DROP TABLE receipts;--";

async function openForm() {
  signInClerk();
  const view = renderApp({ url: '/po-receipts' });
  await screen.findByRole('heading', { name: 'Record a receipt' }, { timeout: 10_000 });
  return view;
}

const textbox = (label: string) => screen.getByRole('textbox', { name: new RegExp(`^${label}(?!\\d)`) });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const noMarkup = () => expect(document.querySelector('img[src="x"], main script, main b')).toBeNull();

describe('receipt form: hostile input', { timeout: 60_000 }, () => {
  it('refuses invisible, over-long and foreign-number input with a message on each field, and sends nothing', async () => {
    const api = fakeReceiptsApi();
    const { user } = await openForm();
    await fillReceipt(user, {
      po: 'PO-2026\u200B-000001',
      line: '0004\u202E',
      quantity: '1.234,5',
      unit: '<em>EA</em>',
      grn: 'GR\u0007-1',
      slip: 'D'.repeat(51),
    });
    await user.click(screen.getByRole('button', { name: /^More fields/ }));
    await user.click(textbox('Custom 1'));
    await user.paste('c'.repeat(49));
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));

    const summary = await screen.findByRole('region', { name: 'Fix 7 problems before saving' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'PO number: Remove the invisible or control characters (often pasted by accident).',
      'Line item external ID: Remove the invisible or control characters (often pasted by accident).',
      'Received quantity: Type a plain number such as 1,234.5 (no letters, signs, exponents like 1e3, NaN or Infinity).',
      'Unit of measure: Use fewer than 10 characters.',
      'Goods receipt number: Remove the invisible or control characters (often pasted by accident).',
      'Delivery slip number: Use at most 50 characters.',
      'Custom 1: Use at most 48 characters.',
    ]);
    expect(textbox('PO number')).toHaveAccessibleDescription('Remove the invisible or control characters (often pasted by accident).');
    expect(textbox('Received quantity')).toHaveValue('1.234,5');
    await pause(300);
    expect(api.puts).toEqual([]);
  });

  it('refuses Arabic-Indic digits and an empty or blank PO and line', async () => {
    const api = fakeReceiptsApi();
    const { user } = await openForm();
    await fillReceipt(user, { po: ' \u00A0 ', line: '', quantity: '١٢٣', grn: 'GR-1' });
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));
    const summary = await screen.findByRole('region', { name: 'Fix 3 problems before saving' });
    expect(summary).toHaveTextContent('PO number: Enter the PO number.');
    expect(summary).toHaveTextContent('Line item external ID: Enter the line item external ID.');
    expect(summary).toHaveTextContent('Received quantity: Type a plain number');
    await pause(300);
    expect(api.puts).toEqual([]);
  });

  it('sends markup, SQL-looking text and emoji as the same inert strings, and shows them back as text', async () => {
    const api = fakeReceiptsApi();
    const { user } = await openForm();
    await fillReceipt(user, { po: HTML, line: SQL, quantity: '12.5', unit: '📦', grn: '🚚✅-1', slip: SCRIPT });
    await user.click(screen.getByRole('button', { name: /^More fields/ }));
    await user.click(textbox('Custom 1'));
    await user.paste('١٢٣ 1.234,5');
    await user.click(screen.getByRole('button', { name: /^Save receipt/ }));

    expect(await screen.findByText('Receipt saved in Concur')).toBeInTheDocument();
    expect(api.puts).toEqual([
      expect.objectContaining({ PurchaseOrderNumber: HTML, LineItemExternalID: SQL, UnitOfMeasureCode: '📦', GoodsReceiptNumber: '🚚✅-1', DeliverySlipNumber: SCRIPT, Custom1: '١٢٣ 1.234,5', ReceivedQuantity: '12.5' }),
    ]);
    expect(screen.getByText(new RegExp(`^PO ${HTML.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line`))).toBeInTheDocument();
    // The lookup of the PO's receipts asked for the typed text as a query value, not as part of the path.
    await waitFor(() => expect(api.gets).toContain(HTML));
    noMarkup();
    expect(document.title).not.toBe('pwned');
  });

  it('shows Concur’s refusal, markup included, as text on the field it names', async () => {
    fakeReceiptsApi({ answer: () => ({ Status: 'FAILURE', ErrorCode: '1000', FieldCode: 'Header|PurchaseOrderNumber', Message: HTML }) });
    const { user } = await openForm();
    await fillReceipt(user, { po: 'PO-1', line: '0004', quantity: '1', grn: 'GR-1' });
    await user.click(screen.getByRole('button', { name: 'Save receipt' }));
    const summary = await screen.findByRole('region', { name: 'Concur did not save the receipt' });
    expect(summary).toHaveTextContent(`Concur said: “${HTML}” (error 1000)`);
    expect(textbox('PO number')).toHaveFocus();
    noMarkup();
  });

  it('lists receipts Concur holds with hostile values as text', async () => {
    fakeReceiptsApi({
      existing: {
        'PO-H': [
          {
            PurchaseOrderNumber: 'PO-H',
            LineItemExternalID: '<b>0004</b>',
            GoodsReceiptNumber: HTML,
            ReceivedQuantity: '<b>1</b>',
            ReceivedDate: '<script>',
            UnitOfMeasureCode: 'EA\u202E',
            IsReceived: 'Y',
            DeliverySlipNumber: SCRIPT,
            Version: '2.0',
          },
        ],
      },
    });
    const { user } = await openForm();
    await fillReceipt(user, { po: 'PO-H' });
    const table = await screen.findByRole('table', { name: 'Receipts of PO-H' });
    expect(table).toHaveTextContent('<b>0004</b>');
    expect(table).toHaveTextContent(HTML);
    expect(table).toHaveTextContent(SCRIPT);
    expect(table).toHaveTextContent('<b>1</b>');
    noMarkup();
    expect(document.title).not.toBe('pwned');
  });
});
