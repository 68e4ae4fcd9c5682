import { describe, expect, it } from 'vitest';
import { createPseudoTranslator, pseudoLocalize } from './pseudo-locale';

describe('pseudo-locale', () => {
  it('brackets and accents a message but keeps its placeholders', () => {
    expect(pseudoLocalize('Signed in as {name}.')).toBe('⟦Šíĝñéð íñ àš {name}.⟧');
    const t = createPseudoTranslator('es-MX');
    expect(t('shell.signedInAs', { name: 'Ωmega' })).toBe('⟦Šíĝñéð íñ àš Ωmega⟧');
    // Numbers still follow the locale: Mexico writes 1,234.5.
    expect(t('error.reference', { id: 1234.5 })).toBe('⟦Ŕéƒéŕéñçé: 1,234.5⟧');
  });
});
