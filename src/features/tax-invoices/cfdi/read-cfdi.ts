import type { Cfdi, CfdiConcept, CfdiParty, CfdiReading, CfdiTax } from './cfdi-types';
import { prettyXml } from './pretty-xml';

/** Real CFDIs are a few kilobytes; anything over this is refused before parsing so the page never stalls. */
export const MAX_CFDI_CHARACTERS = 1_000_000;
/** How much of a refused document the raw view shows (the download button still gives all of it). */
export const RAW_DISPLAY_CHARACTERS = 100_000;

/** A DOCTYPE is how entity expansion (billion laughs) and external entities get in; a CFDI never has one. */
const DECLARATIONS = /<!DOCTYPE|<!ENTITY/i;
const XML_DECLARATION = /^\s*(<\?xml\s[^?]*\?>)/;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** An attribute by local name whatever its prefix or case (CFDI 3.2 wrote `rfc`, 3.3 and 4.0 write `Rfc`). */
function attribute(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  for (const candidate of Array.from(element.attributes)) if (same(candidate.localName, name)) return candidate.value;
  return undefined;
}

function children(element: Element | undefined, localName: string): Element[] {
  return element ? Array.from(element.children).filter((child) => same(child.localName, localName)) : [];
}

const child = (element: Element | undefined, localName: string) => children(element, localName)[0];

function party(element: Element | undefined): CfdiParty {
  return { rfc: attribute(element, 'Rfc'), name: attribute(element, 'Nombre'), taxRegime: attribute(element, 'RegimenFiscal') };
}

function concept(element: Element): CfdiConcept {
  return {
    productCode: attribute(element, 'ClaveProdServ'),
    quantity: attribute(element, 'Cantidad'),
    unitCode: attribute(element, 'ClaveUnidad'),
    unit: attribute(element, 'Unidad'),
    description: attribute(element, 'Descripcion'),
    unitValue: attribute(element, 'ValorUnitario'),
    amount: attribute(element, 'Importe'),
    discount: attribute(element, 'Descuento'),
  };
}

function tax(element: Element): CfdiTax {
  return {
    tax: attribute(element, 'Impuesto'),
    rate: attribute(element, 'TasaOCuota') ?? attribute(element, 'Tasa'),
    base: attribute(element, 'Base'),
    amount: attribute(element, 'Importe'),
  };
}

function extract(root: Element): Cfdi {
  const taxes = child(root, 'Impuestos');
  const stamp = children(child(root, 'Complemento'), 'TimbreFiscalDigital')[0];
  const receiver = child(root, 'Receptor');
  return {
    version: attribute(root, 'Version'),
    series: attribute(root, 'Serie'),
    folio: attribute(root, 'Folio'),
    date: attribute(root, 'Fecha'),
    subtotal: attribute(root, 'SubTotal'),
    discount: attribute(root, 'Descuento'),
    total: attribute(root, 'Total'),
    currency: attribute(root, 'Moneda'),
    exchangeRate: attribute(root, 'TipoCambio'),
    paymentForm: attribute(root, 'FormaPago'),
    paymentMethod: attribute(root, 'MetodoPago'),
    issuePlace: attribute(root, 'LugarExpedicion'),
    issuer: party(child(root, 'Emisor')),
    receiver: { ...party(receiver), taxRegime: attribute(receiver, 'RegimenFiscalReceptor') ?? attribute(receiver, 'RegimenFiscal'), cfdiUse: attribute(receiver, 'UsoCFDI') },
    concepts: children(child(root, 'Conceptos'), 'Concepto').map(concept),
    transferredTaxTotal: attribute(taxes, 'TotalImpuestosTrasladados'),
    withheldTaxTotal: attribute(taxes, 'TotalImpuestosRetenidos'),
    transferredTaxes: children(child(taxes, 'Traslados'), 'Traslado').map(tax),
    stamp: stamp && { uuid: attribute(stamp, 'UUID'), stampedAt: attribute(stamp, 'FechaTimbrado'), certifierRfc: attribute(stamp, 'RfcProvCertif') },
  };
}

/** Pretty-printing waits until the raw view asks for it: the queue reads many invoices it never shows raw. */
function withPretty<T extends object>(reading: T, document: Document, text: string): T & { readonly pretty: string } {
  let pretty: string | undefined;
  return Object.defineProperty(reading, 'pretty', {
    enumerable: true,
    get: () => (pretty ??= prettyXml(document, XML_DECLARATION.exec(text)?.[1])),
  }) as T & { readonly pretty: string };
}

/**
 * Reads a CFDI safely: parsed as XML (never HTML, so nothing in it can run), refused when too large or when it declares
 * a DOCTYPE or entities, and reported as malformed when the parser says so. Elements are matched by local name, so the
 * namespace prefix (`cfdi:`, `tfd:` or none) does not matter.
 */
export function readCfdi(text: string | null | undefined): CfdiReading {
  if (!text || text.trim() === '') return { kind: 'empty' };
  if (text.length > MAX_CFDI_CHARACTERS) return { kind: 'too-large', characters: text.length };
  if (DECLARATIONS.test(text)) return { kind: 'doctype' };
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error || !document.documentElement) return { kind: 'malformed', detail: error?.textContent?.trim().slice(0, 500) || undefined };
  const root = document.documentElement;
  if (!same(root.localName, 'Comprobante')) return withPretty({ kind: 'not-cfdi' }, document, text);
  return withPretty({ kind: 'cfdi', cfdi: extract(root) }, document, text);
}

const readings = new WeakMap<object, CfdiReading>();

/** `readCfdi` of an invoice detail, once per detail object (the queue row and the open invoice share the cached detail). */
export function readInvoiceDocument(detail: { ReceiptData?: string | null }): CfdiReading {
  let reading = readings.get(detail);
  if (!reading) {
    reading = readCfdi(detail.ReceiptData);
    readings.set(detail, reading);
  }
  return reading;
}
