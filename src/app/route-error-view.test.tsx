import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConcurError } from '../lib/concur/concur-error';
import { renderApp } from '../testing/render-app';
import { RouteErrorView } from './route-error-view';

let failing = true;

function FlakyPage() {
  if (failing) throw new ConcurError({ kind: 'http', method: 'GET', status: 503, message: 'Service Unavailable', correlationId: 'CORR-42' });
  return <h1>Receipts loaded</h1>;
}

describe('route error boundary', () => {
  it('shows a translated message with Concur’s reference, and Retry renders the page again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    const { user } = renderApp({
      url: '/anything',
      locale: 'es-MX',
      routes: [{ errorElement: <RouteErrorView />, children: [{ path: '*', element: <FlakyPage /> }] }],
    });

    expect(await screen.findByRole('heading', { name: 'Algo salió mal' })).toBeInTheDocument();
    expect(screen.getByText('Concur tiene problemas en este momento. Inténtalo de nuevo en un momento.')).toBeInTheDocument();
    expect(screen.getByText('Referencia: CORR-42')).toBeInTheDocument();
    expect(screen.queryByText(/at FlakyPage/)).not.toBeInTheDocument();

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Reintentar' }));
    expect(await screen.findByRole('heading', { name: 'Receipts loaded' })).toBeInTheDocument();
    vi.mocked(console.error).mockRestore();
  });
});
