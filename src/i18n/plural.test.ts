import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CatalogKey, MessageKey } from './messages-en';
import { createPseudoTranslator } from './pseudo-locale';
import { createTranslator } from './translate';

describe('t() plurals', () => {
  it('uses the singular when count is one, in English and Mexican Spanish', () => {
    const en = createTranslator('en');
    const es = createTranslator('es-MX');
    expect(en('taxInvoices.bulk.title', { count: 1 })).toBe('Decide 1 invoice');
    expect(es('taxInvoices.bulk.title', { count: 1 })).toBe('Decidir 1 factura');
    expect(en('poReceipts.summary.title', { count: 1 })).toBe('Fix 1 problem before saving');
    expect(es('poReceipts.summary.title', { count: 1 })).toBe('Corrige 1 problema antes de guardar');
    expect(en('opportunities.loading.progress', { items: 1000, count: 1 })).toBe('Loading opportunities… 1,000 so far (1 page).');
    expect(es('opportunities.loading.progress', { items: 1000, count: 1 })).toBe('Cargando oportunidades… 1,000 hasta ahora (1 página).');
  });

  it('uses the plural for zero, two and fractions', () => {
    const en = createTranslator('en');
    const es = createTranslator('es-MX');
    expect(en('taxInvoices.bulk.title', { count: 2 })).toBe('Decide 2 invoices');
    expect(en('taxInvoices.bulk.title', { count: 0 })).toBe('Decide 0 invoices');
    expect(es('taxInvoices.bulk.title', { count: 2 })).toBe('Decidir 2 facturas');
    expect(es('taxInvoices.bulk.title', { count: 0 })).toBe('Decidir 0 facturas');
    expect(en('poReceipts.batch.added', { count: 1234 })).toBe('1,234 rows added.');
    expect(es('opportunities.table.exported', { count: 1.5 })).toBe('Se exportaron 1.5 filas.');
  });

  it('keeps one form where a message has no singular variant', () => {
    expect(createTranslator('en')('taxInvoices.bulk.open', { count: 1 })).toBe('Decide selected (1)');
  });

  it('picks the singular in the pseudo-locale too', () => {
    const t = createPseudoTranslator('en');
    expect(t('taxInvoices.bulk.title', { count: 1 })).toBe('⟦Ðéçíðé 1 íñṽöíçé⟧');
    expect(t('taxInvoices.bulk.title', { count: 3 })).toBe('⟦Ðéçíðé 3 íñṽöíçéš⟧');
  });

  it('does not let callers ask for a variant directly', () => {
    // Checked by the type check: `#one` keys are chosen by t() from `count`, never passed by callers.
    expectTypeOf<Extract<MessageKey, `${string}#${string}`>>().toBeNever();
    expectTypeOf<Extract<CatalogKey, 'taxInvoices.bulk.title#one'>>().not.toBeNever();
  });
});
