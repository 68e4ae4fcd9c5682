import { waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { decisionFormSchema, decisionErrors } from '../decisions/decision-form-schema';
import { decisionQueueDefaults } from '../decisions/decision-queue-registry';
import { decisionForm, findInvoice, invoiceUrl, pause, toasts } from '../testing/review-helpers';
import { fakeInvoices, serveTaxInvoices } from '../testing/tax-invoice-api';

/** Comments as a hostile user (or a paste from anywhere) writes them. The comment is free text: sent exactly as typed. */
const HOSTILE_COMMENTS: [label: string, typed: string][] = [
  ['empty', ''],
  ['whitespace only', ' \u00A0 \n\t '],
  ['control characters', 'RFC\u0000 incorrecto\u0007\u001B[31m'],
  ['zero-width characters', 'RFC\u200B incorrecto\u200D\uFEFF'],
  ['a right-to-left override', 'Total \u202E00.000,2$'],
  ['HTML', '<img src=x onerror="document.title=\'pwned\'">'],
  ['script', '<script>document.title = "pwned"</script>'],
  ['SQL-looking text', "x'); DELETE FROM digital_tax_invoices;--"],
  ['emoji', 'Factura ilegible 🧾❌👩🏽‍💼'],
  ['a decimal comma number', 'Importe 1.234,5 no coincide'],
  ['Arabic-Indic digits', '١٢٣'],
];
const blank = (text: string) => text.trim() === '';

describe('tax invoice comment: hostile text', () => {
  it.each(HOSTILE_COMMENTS)('%s: required for Invalid when blank, otherwise accepted exactly as typed', (_label, typed) => {
    const invalid = decisionFormSchema.safeParse({ status: 'INVLD', comment: typed });
    if (blank(typed)) {
      expect(invalid.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['comment', decisionErrors.commentMissing]]);
    } else {
      expect(invalid.data).toEqual({ status: 'INVLD', comment: typed });
    }
    // "Valid" needs no comment: even a blank one is sent as typed (Concur stores it as is).
    expect(decisionFormSchema.safeParse({ status: 'VALID', comment: typed }).data).toEqual({ status: 'VALID', comment: typed });
  });

  it('counts characters as Concur does: 2,000 code points pass, 2,001 do not, whatever they are', () => {
    for (const character of ['a', '😀', '\u200B', '\u202E', '١']) {
      expect(decisionFormSchema.safeParse({ status: 'INVLD', comment: character.repeat(2000) }).success, character).toBe(true);
      expect(decisionFormSchema.safeParse({ status: 'INVLD', comment: character.repeat(2001) }).error?.issues[0]?.message, character).toBe(decisionErrors.commentTooLong);
    }
  });
});

describe('tax invoice comment in the browser', () => {
  beforeEach(() => {
    decisionQueueDefaults.windowMs = 300;
    signIn();
  });

  it('a blank comment for Invalid is refused with a message; every other comment is sent once, exactly as typed, and shown as text', async () => {
    const invoices = fakeInvoices(HOSTILE_COMMENTS.length + 1);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(invoices[0]?.ID ?? '') });
    const expected: { id: string; body: { Status: string; Comment: string } }[] = [];
    let current = 0;
    for (const [label, typed] of HOSTILE_COMMENTS) {
      const invoice = invoices[current] as (typeof invoices)[number];
      const form = decisionForm(await findInvoice(invoice.ConcurReceiptID));
      await user.click(form.getByRole('radio', { name: 'Invalid' }));
      const comment = form.getByRole('textbox', { name: 'Comment (required)' });
      await user.clear(comment);
      if (typed !== '') await user.paste(typed);
      expect(comment, label).toHaveValue(typed);
      await user.click(form.getByRole('button', { name: 'Save decision' }));

      if (blank(typed)) {
        expect(await form.findByText('Write a comment: it is required for “Valid with warnings” and “Invalid”.'), label).toBeInTheDocument();
        await pause(400);
        expect(api.puts, label).toEqual(expected.map((put) => expect.objectContaining(put)));
        continue;
      }
      expected.push({ id: invoice.ID, body: { Status: 'INVLD', Comment: typed } });
      current += 1;
      await findInvoice((invoices[current] as (typeof invoices)[number]).ConcurReceiptID);
    }
    await waitFor(() => expect(api.puts).toEqual(expected.map((put) => expect.objectContaining(put))), { timeout: 8000 });
    await pause(500);
    expect(api.puts).toHaveLength(expected.length);
    expect(document.title).not.toBe('pwned');
    expect(document.querySelector('img[src="x"], main script, [role="region"] script')).toBeNull();
  });

  it('shows a hostile comment in its toast as text', async () => {
    decisionQueueDefaults.windowMs = 5000;
    const invoices = fakeInvoices(2);
    serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl(invoices[0]?.ID ?? '') });
    const form = decisionForm(await findInvoice('1500000001'));
    const typed = '<img src=x onerror="document.title=\'pwned\'"> \u202Etxt.exe';
    await user.click(form.getByRole('radio', { name: 'Invalid' }));
    await user.click(form.getByRole('textbox', { name: 'Comment (required)' }));
    await user.paste(typed);
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    const toast = await toasts().findByRole('group', { name: 'Invoice 1500000001: Invalid' });
    expect(toast).toHaveTextContent(typed);
    expect(toast.querySelector('img')).toBeNull();
    expect(document.title).not.toBe('pwned');
    // Nothing is left to send after the test.
    await user.click(within(toast).getByRole('button', { name: /^Undo/ }));
  });

  it('shows a hostile comment and status that Concur sends back as text', async () => {
    const invoices = fakeInvoices(1);
    Object.assign(invoices[0] as object, { Status: 'INVLD', Comment: '<img src=x onerror="document.title=\'pwned\'">' });
    serveTaxInvoices(invoices);
    renderApp({ url: invoiceUrl(invoices[0]?.ID ?? '') });
    const article = await findInvoice('1500000001');
    expect(article).toHaveTextContent('<img src=x onerror="document.title=\'pwned\'">');
    expect(article.querySelector('img[src="x"]')).toBeNull();
    expect(document.title).not.toBe('pwned');
  });
});
