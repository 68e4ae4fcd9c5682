import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useI18n } from './i18n-context';
import { I18nProvider } from './i18n-provider';

function LanguageProbe() {
  const { t, setLocale } = useI18n();
  return (
    <>
      <p>{t('shell.signOut')}</p>
      <button type="button" onClick={() => setLocale('es-MX')}>
        {t('language.es-MX')}
      </button>
    </>
  );
}

const renderFresh = () => render(
    <I18nProvider>
      <LanguageProbe />
    </I18nProvider>,
  );

afterEach(() => vi.restoreAllMocks());

describe('the language choice', () => {
  it('is remembered: the next visit starts in the language chosen, whatever the browser prefers', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'en']);
    const first = renderFresh();
    expect(screen.getByText('Sign out')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Español (México)' }));
    expect(screen.getByText('Cerrar sesión')).toBeInTheDocument();
    first.unmount();

    renderFresh();
    expect(screen.getByText('Cerrar sesión')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es-MX');
  });

  it('starts from the browser’s Spanish when nothing was chosen, and ignores a stored value it does not know', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-419', 'en']);
    localStorage.setItem('concur-console:locale', 'fr');
    renderFresh();
    expect(screen.getByText('Cerrar sesión')).toBeInTheDocument();
  });

  it('falls back to English for a browser in a language the console does not speak', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'de']);
    renderFresh();
    expect(screen.getByText('Sign out')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
