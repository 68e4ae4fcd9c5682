import { describe, expect, it } from 'vitest';
import { BILLION_LAUGHS, cfdiXml, hugeCfdi, SCRIPT_IN_TEXT } from '../testing/cfdi-fixture';
import { readCfdi } from './read-cfdi';

describe('readCfdi', () => {
  it('reads issuer, receiver, amounts, concepts, taxes and the SAT stamp by local name', () => {
    const reading = readCfdi(cfdiXml());
    expect(reading.kind).toBe('cfdi');
    if (reading.kind !== 'cfdi') return;
    expect(reading.cfdi).toMatchObject({
      version: '4.0',
      date: '2026-11-20T09:15:02',
      subtotal: '2450.00',
      total: '2842.00',
      currency: 'MXN',
      issuer: { rfc: 'HFA990101AB1', name: 'Hotel Fiesta Americana Reforma', taxRegime: '601' },
      receiver: { rfc: 'CCM150301QX4', name: 'Consultores Creativos de México', cfdiUse: 'G03', taxRegime: '601' },
      transferredTaxTotal: '392.00',
      stamp: { uuid: '5C3A1B2D-4E5F-4A6B-8C7D-9E0F1A2B3C4D', stampedAt: '2026-11-20T09:17:45' },
    });
    expect(reading.cfdi.concepts).toEqual([
      expect.objectContaining({ description: 'Hospedaje habitación sencilla', quantity: '1', amount: '2450.00' }),
    ]);
    expect(reading.cfdi.transferredTaxes).toEqual([{ tax: '002', rate: '0.160000', base: '2450.00', amount: '392.00' }]);
  });

  it('does not depend on the namespace prefix or on attribute case (CFDI 3.2 wrote lower case)', () => {
    const unprefixed = cfdiXml().replace(/cfdi:/g, '').replace(/tfd:/g, '').replace('xmlns:xmlns', 'xmlns');
    const reading = readCfdi(unprefixed.replace('Rfc="HFA990101AB1"', 'rfc="HFA990101AB1"'));
    expect(reading.kind === 'cfdi' && reading.cfdi.issuer.rfc).toBe('HFA990101AB1');
    expect(reading.kind === 'cfdi' && reading.cfdi.stamp?.uuid).toBe('5C3A1B2D-4E5F-4A6B-8C7D-9E0F1A2B3C4D');
  });

  it('pretty-prints the document as indented text', () => {
    const reading = readCfdi(cfdiXml().replace(/\n\s*/g, ''));
    expect(reading.kind).toBe('cfdi');
    if (reading.kind !== 'cfdi') return;
    const lines = reading.pretty.split('\n');
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(lines).toContain('  <cfdi:Emisor Rfc="HFA990101AB1" Nombre="Hotel Fiesta Americana Reforma" RegimenFiscal="601"/>');
    expect(lines).toContain('      <cfdi:Impuestos>');
    expect(lines.at(-1)).toBe('</cfdi:Comprobante>');
  });

  it('reports a document that is not well-formed', () => {
    expect(readCfdi('<cfdi:Comprobante Total="1"><cfdi:Emisor></cfdi:Comprobante>').kind).toBe('malformed');
    expect(readCfdi('not xml at all').kind).toBe('malformed');
  });

  it('refuses a DOCTYPE with entities (billion laughs) without expanding anything, quickly', () => {
    const started = performance.now();
    expect(readCfdi(BILLION_LAUGHS)).toEqual({ kind: 'doctype' });
    expect(readCfdi('<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>')).toEqual({ kind: 'doctype' });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a 5 MB document before parsing it, quickly', () => {
    const huge = hugeCfdi();
    const started = performance.now();
    expect(readCfdi(huge)).toEqual({ kind: 'too-large', characters: huge.length });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('keeps script in text nodes as plain text', () => {
    const reading = readCfdi(SCRIPT_IN_TEXT);
    expect(reading.kind).toBe('cfdi');
    if (reading.kind !== 'cfdi') return;
    expect(reading.cfdi.issuer.name).toBe('<script>alert(1)</script>');
    expect(reading.pretty).toContain('<script>window.__hacked = true</script>');
    expect(reading.pretty).toContain('Nombre="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('tells an empty payload and a document that is not a CFDI apart', () => {
    expect(readCfdi('')).toEqual({ kind: 'empty' });
    expect(readCfdi(undefined)).toEqual({ kind: 'empty' });
    expect(readCfdi('<Invoice><Total>1</Total></Invoice>')).toEqual({ kind: 'not-cfdi', pretty: '<Invoice>\n  <Total>1</Total>\n</Invoice>' });
  });
});
