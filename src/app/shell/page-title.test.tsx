import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sessions';

describe('page title and announcement', () => {
  it('names the screen in the tab’s title, and announces a move to another screen, not the first load', async () => {
    signIn();
    const { user } = renderApp({ url: '/opportunities' });
    await screen.findByRole('heading', { name: 'Opportunities', level: 1 });
    await waitFor(() => expect(document.title).toBe('Opportunities – Concur Console'));
    expect(screen.queryByText(/opened$/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'PO receipts' }));
    await screen.findByRole('heading', { name: 'PO receipts', level: 1 });
    expect(screen.getByText('PO receipts opened').closest('[role="status"]')).not.toBeNull();
    expect(document.title).toBe('PO receipts – Concur Console');

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Español (México)' }));
    await waitFor(() => expect(document.title).toBe('Recibos de órdenes de compra – Concur Console'));
  });
});
