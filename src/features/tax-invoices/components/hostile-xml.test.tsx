import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { BILLION_LAUGHS, hugeCfdi, SCRIPT_IN_TEXT } from '../testing/cfdi-fixture';
import { findInvoice, invoiceUrl } from '../testing/review-helpers';
import { fakeInvoices, serveTaxInvoices } from '../testing/tax-invoice-api';

beforeEach(() => signIn());

function openWith(receiptData: string) {
  const invoices = fakeInvoices(2);
  Object.assign(invoices[0] as object, { ReceiptData: receiptData });
  serveTaxInvoices(invoices);
  return renderApp({ url: invoiceUrl((invoices[0] as { ID: string }).ID) });
}

const rawText = (article: HTMLElement) => within(article).getByLabelText('Raw XML', { selector: 'pre' }).textContent ?? '';

describe('hostile or broken CFDI documents', () => {
  it('not well-formed: says so and shows the raw text', async () => {
    openWith('<cfdi:Comprobante Total="1"><cfdi:Emisor Rfc="AAA010101AAA"></cfdi:Comprobante>');
    const article = await findInvoice('1500000001');
    expect(within(article).getByText('The document is not well-formed XML. It is shown below as text.')).toBeInTheDocument();
    expect(rawText(article)).toBe('<cfdi:Comprobante Total="1"><cfdi:Emisor Rfc="AAA010101AAA"></cfdi:Comprobante>');
    // The decision can still be made on a broken document.
    expect(within(article).getByRole('button', { name: 'Save decision' })).toBeEnabled();
  });

  it('a DOCTYPE with entities (billion laughs) is refused without expanding anything', async () => {
    openWith(BILLION_LAUGHS);
    const article = await findInvoice('1500000001');
    expect(within(article).getByText(/declares a DOCTYPE or entities/)).toBeInTheDocument();
    expect(rawText(article)).toContain('<!ENTITY lol9 "&lol4;');
    expect(rawText(article)).not.toContain('lollollol');
  });

  it('a 5 MB document is refused before parsing; the raw view shows its beginning, and the page stays responsive', async () => {
    const huge = hugeCfdi();
    const started = performance.now();
    openWith(huge);
    const article = await findInvoice('1500000001');
    expect(within(article).getByText(/over the 1,000,000 a CFDI can reasonably have/)).toBeInTheDocument();
    expect(within(article).getByText(`Showing the first 100,000 of ${huge.length.toLocaleString('en')} characters. Download gives the whole document.`)).toBeInTheDocument();
    expect(rawText(article)).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(8000);
  });

  it('script in text nodes is shown as text and never runs', async () => {
    openWith(SCRIPT_IN_TEXT);
    const article = await findInvoice('1500000001');
    expect(within(article).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(within(article).getByText('<img src=x onerror=alert(2)>')).toBeInTheDocument();
    expect(article.querySelector('script, img')).toBeNull();
    expect((window as { __hacked?: boolean }).__hacked).toBeUndefined();
    expect(screen.getByRole('table', { name: 'Tax invoices on this page' }).querySelector('script')).toBeNull();
  });
});
