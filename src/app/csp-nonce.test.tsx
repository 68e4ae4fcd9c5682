import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';
import { signIn } from '../testing/sessions';
import { readCspNonce } from '../lib/csp/csp-nonce';

describe('styles under the CSP (W1)', () => {
  it('reads the nonce Vite writes into <meta property="csp-nonce">', () => {
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'csp-nonce');
    meta.nonce = 'abc123';
    document.head.append(meta);
    expect(readCspNonce()).toBe('abc123');
    meta.remove();
  });

  it('puts the nonce on every <style> the app adds, also when the theme changes', async () => {
    // Some <style> elements live only for a moment (MUI's transition blocker did), so watch every one added.
    const added: HTMLStyleElement[] = [];
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) for (const node of mutation.addedNodes) if (node instanceof HTMLStyleElement) added.push(node);
    });
    observer.observe(document, { childList: true, subtree: true });
    signIn();
    const { user } = renderApp({ url: '/opportunities', nonce: 'test-nonce' });
    await user.click(await screen.findByRole('button', { name: 'Theme: System' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Dark' }));
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Español (México)' }));
    await screen.findByRole('heading', { name: 'Oportunidades', level: 1 });

    observer.disconnect();
    const styles = [...added, ...document.querySelectorAll('style')];
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(style.nonce, style.textContent.slice(0, 80)).toBe('test-nonce');
  });
});
