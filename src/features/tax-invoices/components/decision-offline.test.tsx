import { act, screen, waitFor } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { decisionQueueDefaults } from '../decisions/decision-queue-registry';
import { decisionForm, findInvoice, invoiceUrl, pause } from '../testing/review-helpers';
import { fakeInvoices, serveTaxInvoices } from '../testing/tax-invoice-api';

beforeEach(() => {
  decisionQueueDefaults.windowMs = 300;
  signIn();
});
afterEach(() => onlineManager.setOnline(true));

describe('deciding while offline', () => {
  it('the decision waits past its undo window while the banner says so, and goes exactly once when the connection is back', async () => {
    const invoices = fakeInvoices(3);
    const api = serveTaxInvoices(invoices);
    const { user } = renderApp({ url: invoiceUrl((invoices[0] as (typeof invoices)[number]).ID) });
    const form = decisionForm(await findInvoice('1500000001'));

    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByText('You are offline')).toBeInTheDocument();
    await user.click(form.getByRole('radio', { name: 'Invalid' }));
    await user.type(form.getByRole('textbox', { name: 'Comment (required)' }), 'RFC incorrecto');
    await user.click(form.getByRole('button', { name: 'Save decision' }));
    await pause(1200);
    expect(api.puts).toEqual([]);
    expect(await screen.findByText('Waiting for the connection…')).toBeInTheDocument();

    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(api.puts).toEqual([{ id: (invoices[0] as (typeof invoices)[number]).ID, body: { Status: 'INVLD', Comment: 'RFC incorrecto' }, keepalive: false }]));
    await pause(500);
    expect(api.puts).toHaveLength(1);
  });
});
