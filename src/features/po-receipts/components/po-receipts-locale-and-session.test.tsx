import { http, HttpResponse } from 'msw';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signOut } from '../../../lib/auth/sign-out';
import { server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { enterDate } from '../testing/form-helpers';
import { CLERK, fakeReceiptsApi, signInClerk } from '../testing/receipts-api';

const draftKey = `concur-console:draft:${CLERK.id}:po-receipts:form`;

describe('receipts in Mexican Spanish, and drafts across the session', { timeout: 60_000 }, () => {
  it('reads es-MX input (1,234.5, day first) and explains problems in Spanish', async () => {
    const api = fakeReceiptsApi();
    signInClerk();
    const { user } = renderApp({ url: '/po-receipts', locale: 'es-MX' });
    await screen.findByRole('heading', { name: 'Registrar un recibo' }, { timeout: 10_000 });

    await user.click(screen.getByRole('textbox', { name: /^Número de OC/ }));
    await user.paste('PO-2026-000001');
    await user.click(screen.getByRole('textbox', { name: /^ID externo de la partida/ }));
    await user.paste('0004');
    await user.click(screen.getByRole('textbox', { name: /^Número de entrada de mercancía/ }));
    await user.paste('GR-MX-1');
    const quantity = screen.getByRole('textbox', { name: /^Cantidad recibida/ });
    await user.click(quantity);
    await user.paste('1,5');
    await user.click(screen.getByRole('button', { name: 'Guardar recibo' }));
    expect(quantity).toHaveAccessibleDescription('Usa punto para los decimales y comas solo entre millares, por ejemplo 1,234.5.');
    expect(api.puts).toHaveLength(0);

    await user.clear(quantity);
    await user.paste('1,234.5');
    const group = screen.getByRole('group', { name: 'Fecha de recepción' });
    expect(group).toBeInTheDocument();
    enterDate('15/03/2026');
    await user.click(screen.getByRole('button', { name: 'Guardar recibo' }));
    expect(await screen.findByText('Recibo guardado en Concur')).toBeInTheDocument();
    expect(api.puts[0]).toMatchObject({ ReceivedQuantity: '1234.5', ReceivedDate: '2026-03-15' });
  });

  it('shows a received quantity of 1234.5 as 1,234.5 (not 1 234,5) and the date in Spanish', async () => {
    const existing = { ID: 'gWr$mx1', URI: 'https://example.test/x', PurchaseOrderNumber: 'PO-2026-000001', LineItemExternalID: '0004', ReceivedQuantity: '1234.5', ReceivedDate: '2026-09-10', GoodsReceiptNumber: 'GR-100231', UnitOfMeasureCode: 'CS', Version: '2.0' };
    fakeReceiptsApi({ existing: { 'PO-2026-000001': [existing] } });
    signInClerk();
    const { user } = renderApp({ url: '/po-receipts', locale: 'es-MX' });
    await user.click(await screen.findByRole('textbox', { name: /^Número de OC/ }, { timeout: 10_000 }));
    await user.paste('PO-2026-000001');
    const table = await screen.findByRole('table', { name: 'Recibos de PO-2026-000001' });
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toContain('1,234.5 CS');
    expect(cells.join(' ')).toMatch(/\b10 sept?\.? 2026\b/);
  });

  it('signing out deletes the draft and nothing writes it back', async () => {
    fakeReceiptsApi();
    server.use(http.post('/auth/logout', () => new HttpResponse(null, { status: 204 })));
    signInClerk();
    const { user, queryClient } = renderApp({ url: '/po-receipts' });
    await screen.findByRole('heading', { name: 'Record a receipt' }, { timeout: 10_000 });
    const grn = screen.getByRole('textbox', { name: /^Goods receipt number/ });
    await user.click(grn);
    await user.paste('GR-GONE');
    await waitFor(() => expect(sessionStorage.getItem(draftKey)).toContain('GR-GONE'));

    // A keystroke just before signing out: its delayed save is still pending when the screen goes away.
    fireEvent.change(grn, { target: { value: 'GR-GONE-2' } });
    await act(() => signOut(queryClient));
    expect(await screen.findByRole('button', { name: 'Sign in with Concur' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sessionStorage.getItem(draftKey)).toBeNull();
  });

  it('keeps the draft when the session expires, for the same user to find after signing in again', async () => {
    fakeReceiptsApi();
    server.use(http.post('/auth/refresh', () => HttpResponse.json({ error: 'session_expired' }, { status: 401 })));
    signInClerk();
    const { user } = renderApp({ url: '/po-receipts' });
    await screen.findByRole('heading', { name: 'Record a receipt' }, { timeout: 10_000 });
    await user.click(screen.getByRole('textbox', { name: /^Goods receipt number/ }));
    await user.paste('GR-KEPT');
    // The session ends a moment after the last keystroke, before the delayed save: leaving the screen saves it.
    const { refreshSession } = await import('../../../lib/auth/session-refresh');
    await refreshSession().catch(() => undefined);
    expect(await screen.findByText('Your session ended. Sign in again to continue where you left off.')).toBeInTheDocument();
    expect(sessionStorage.getItem(draftKey)).toContain('GR-KEPT');
  });
});
