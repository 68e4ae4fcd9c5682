import { act, screen } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render-app';
import { BACK_ONLINE_MS, OfflineBanner } from './offline-banner';

const goOffline = () => act(() => void window.dispatchEvent(new Event('offline')));
const goOnline = () => act(() => void window.dispatchEvent(new Event('online')));

afterEach(() => {
  vi.useRealTimers();
  onlineManager.setOnline(true);
});

describe('the offline banner', () => {
  it('is an empty live region while online, says nothing is lost when the connection drops, and says when it is back', async () => {
    renderWithProviders(<OfflineBanner />);
    const region = await screen.findByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    goOffline();
    expect(region).toHaveTextContent('You are offline');
    expect(region).toHaveTextContent('What you type stays here, and what you save is sent to Concur once, as soon as the connection is back.');

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    goOnline();
    expect(region).toHaveTextContent('You are back online. Anything that was waiting is being sent.');
    expect(region).not.toHaveTextContent('You are offline');
    act(() => vi.advanceTimersByTime(BACK_ONLINE_MS));
    expect(region).toBeEmptyDOMElement();
  });

  it('a drop during the "back online" message shows the offline message again, and keeps it', async () => {
    renderWithProviders(<OfflineBanner />);
    const region = await screen.findByRole('status');
    goOffline();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    goOnline();
    act(() => vi.advanceTimersByTime(BACK_ONLINE_MS - 1000));
    goOffline();
    act(() => vi.advanceTimersByTime(BACK_ONLINE_MS));
    expect(region).toHaveTextContent('You are offline');
  });

  it('speaks Mexican Spanish', async () => {
    renderWithProviders(<OfflineBanner />, { locale: 'es-MX' });
    const region = await screen.findByRole('status');
    goOffline();
    expect(region).toHaveTextContent('Estás sin conexión');
    expect(region).toHaveTextContent('lo que guardes se envía a Concur una sola vez, en cuanto vuelva la conexión');
    goOnline();
    expect(region).toHaveTextContent('Volviste a tener conexión.');
  });
});
