import { describe, expect, it } from 'vitest';
import { messagesEn } from './messages-en';
import { messagesEsMx } from './messages-es-mx';
import { createTranslator } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogs', () => {
  it('have exactly the same keys in English and Mexican Spanish', () => {
    expect(Object.keys(messagesEsMx).sort()).toEqual(Object.keys(messagesEn).sort());
  });

  it('have no empty messages and the same placeholders in both languages', () => {
    for (const [key, english] of Object.entries(messagesEn)) {
      const spanish = messagesEsMx[key as keyof typeof messagesEn];
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });

  it('give a singular `#one` variant only next to its message, with the same placeholders and a count', () => {
    const variants = Object.keys(messagesEn).filter((key) => key.includes('#'));
    expect(variants.length).toBeGreaterThan(0);
    for (const variant of variants) {
      expect(variant, variant).toMatch(/^[^#]+#one$/);
      const base = variant.replace(/#one$/, '') as keyof typeof messagesEn;
      expect(messagesEn[base], variant).toBeDefined();
      expect(placeholders(messagesEn[variant as keyof typeof messagesEn]), variant).toEqual(placeholders(messagesEn[base]));
      expect(placeholders(messagesEn[base]), variant).toContain('count');
    }
  });
});

describe('t()', () => {
  it('interpolates text and formats numbers and times for the locale', () => {
    const t = createTranslator('es-MX');
    const at = new Date(2026, 0, 5, 14, 7);
    const shortTime = (locale: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at);
    expect(t('shell.signedInAs', { name: 'Tomás Medina' })).toBe('Sesión iniciada como Tomás Medina');
    expect(t('error.reference', { id: 12345.5 })).toBe('Referencia: 12,345.5');
    expect(t('errors.tryAgainAt', { time: at })).toBe(`Concur está ocupado. Inténtalo de nuevo a partir de las ${shortTime('es-MX')}`);
    expect(createTranslator('en')('errors.tryAgainAt', { time: at })).toBe(`Concur is busy. Try again at ${shortTime('en')}.`);
    expect(shortTime('en')).toMatch(/^2:07\sPM$/);
  });
});
