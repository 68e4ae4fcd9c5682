import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as OpportunitiesRoutes from '../../features/opportunities/routes';
import type * as TaxInvoicesRoutes from '../../features/tax-invoices/routes';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sessions';

const preloads = vi.hoisted(() => ({ taxInvoices: vi.fn(), opportunities: vi.fn() }));

vi.mock('../../features/tax-invoices/routes', async (importOriginal) => {
  const original = await importOriginal<typeof TaxInvoicesRoutes>();
  return { ...original, preloadTaxInvoicesScreen: preloads.taxInvoices.mockImplementation(original.preloadTaxInvoicesScreen) };
});
vi.mock('../../features/opportunities/routes', async (importOriginal) => {
  const original = await importOriginal<typeof OpportunitiesRoutes>();
  return { ...original, preloadOpportunitiesScreen: preloads.opportunities.mockImplementation(original.preloadOpportunitiesScreen) };
});

afterEach(() => vi.restoreAllMocks());

describe('navigation', () => {
  it("starts loading a screen's code when its link is hovered or focused, before any click", async () => {
    signIn();
    const { user } = renderApp({ url: '/po-receipts' });
    await screen.findByRole('heading', { name: 'PO receipts', level: 1 });
    preloads.taxInvoices.mockClear();
    preloads.opportunities.mockClear();

    await user.hover(screen.getByRole('link', { name: 'Tax invoices' }));
    expect(preloads.taxInvoices).toHaveBeenCalled();

    act(() => screen.getByRole('link', { name: 'Opportunities' }).focus());
    expect(preloads.opportunities).toHaveBeenCalled();
    // Loading the code opens nothing: the user stays where they are.
    expect(screen.getByRole('heading', { name: 'PO receipts', level: 1 })).toBeInTheDocument();
  });

  it('does not preload while offline, where a failed import could stick', async () => {
    signIn();
    const { user } = renderApp({ url: '/po-receipts' });
    await screen.findByRole('heading', { name: 'PO receipts', level: 1 });
    preloads.taxInvoices.mockClear();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);

    await user.hover(screen.getByRole('link', { name: 'Tax invoices' }));
    expect(preloads.taxInvoices).not.toHaveBeenCalled();
  });
});
