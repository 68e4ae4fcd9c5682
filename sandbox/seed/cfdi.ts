/**
 * Builds Mexican CFDI 4.0 invoice XML ("factura electrónica") with a Timbre Fiscal Digital 1.1 complement.
 * Amounts are handled in integer cents so that every sum in the document adds up exactly:
 *   Concepto.Importe = round(Cantidad × ValorUnitario, 2)
 *   Traslado.Base = Importe − Descuento; Traslado.Importe = round(Base × 0.16, 2)
 *   SubTotal = Σ Importe; Descuento = Σ Descuento; TotalImpuestosTrasladados = Σ Traslado.Importe
 *   Total = SubTotal − Descuento + TotalImpuestosTrasladados
 * Signatures and certificates are random bytes with a realistic shape (they will not verify).
 */
import { BASE64_ALPHABET, type Rng } from './random';

export const IVA_RATE_PERCENT = 16;
export const CFDI_NAMESPACE = 'http://www.sat.gob.mx/cfd/4';
export const TFD_NAMESPACE = 'http://www.sat.gob.mx/TimbreFiscalDigital';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION =
  'http://www.sat.gob.mx/cfd/4 http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd ' +
  'http://www.sat.gob.mx/TimbreFiscalDigital http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/TimbreFiscalDigitalv11.xsd';

export const UUID_V4_UPPER_PATTERN = /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

// ---------------------------------------------------------------------------------------------------------------
// RFC (Registro Federal de Contribuyentes)

const RFC_DICTIONARY = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/** SAT's check digit (mod 11) for the first 11 (company) or 12 (individual) characters of an RFC. */
export function rfcCheckDigit(rfcWithoutDigit: string): string {
  if (rfcWithoutDigit.length !== 11 && rfcWithoutDigit.length !== 12) {
    throw new RangeError(`RFC stem must have 11 or 12 characters: ${rfcWithoutDigit}`);
  }
  const padded = rfcWithoutDigit.padStart(12, ' ');
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const value = RFC_DICTIONARY.indexOf(padded.charAt(i));
    if (value < 0) throw new RangeError(`invalid RFC character in ${rfcWithoutDigit}`);
    sum += value * (13 - i);
  }
  const digit = 11 - (sum % 11);
  return digit === 11 ? '0' : digit === 10 ? 'A' : String(digit);
}

/** Companies: 3 letters + YYMMDD + 2 homoclave chars + check digit; individuals have 4 letters. */
export const RFC_PATTERN = /^[A-ZÑ&]{3,4}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z0-9]{2}[0-9A]$/;

export function isValidRfc(rfc: string): boolean {
  return RFC_PATTERN.test(rfc) && rfcCheckDigit(rfc.slice(0, -1)) === rfc.slice(-1);
}

const HOMOCLAVE_ALPHABET = '123456789ABCDEFGHIJKLMNPQRSTUVWXYZ';

/** A valid-looking RFC: `letters` (3 for companies, 4 for individuals) + date + homoclave + check digit. */
export function makeRfc(rng: Rng, letters: string, date: { year: number; month: number; day: number }): string {
  const stem =
    letters.toUpperCase() +
    String(date.year % 100).padStart(2, '0') +
    String(date.month).padStart(2, '0') +
    String(date.day).padStart(2, '0') +
    rng.chars(HOMOCLAVE_ALPHABET, 2);
  return stem + rfcCheckDigit(stem);
}

const NAME_STOP_WORDS = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'EL', 'Y', '&', 'E', 'EN', 'SA', 'CV', 'S', 'A']);

/** Letters of a company RFC: initials of the first significant words of the registered name. */
export function companyRfcLetters(name: string): string {
  const words = name
    .toUpperCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Z& ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !NAME_STOP_WORDS.has(w));
  const first = words[0] ?? 'XXX';
  if (words.length >= 3) return words.slice(0, 3).map((w) => w.charAt(0)).join('');
  if (words.length === 2) return first.charAt(0) + first.charAt(1) + (words[1] ?? 'X').charAt(0);
  return (first + 'XXX').slice(0, 3);
}

/** Letters of an individual's RFC: paternal surname initial + its first inner vowel, maternal initial, first name initial. */
export function personRfcLetters(firstName: string, paternal: string, maternal: string): string {
  const clean = (s: string) => s.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const p = clean(paternal);
  const vowel = p.slice(1).match(/[AEIOU]/)?.[0] ?? 'X';
  return p.charAt(0) + vowel + clean(maternal).charAt(0) + clean(firstName).charAt(0);
}

// ---------------------------------------------------------------------------------------------------------------
// Random artefacts with a realistic shape

/** Uppercase RFC 4122 version-4 UUID (SAT prints folio fiscal UUIDs in upper case). */
export function uuidV4Upper(rng: Rng): string {
  const hex = rng.hexUpper(32).split('');
  hex[12] = '4';
  hex[16] = rng.pick(['8', '9', 'A', 'B']);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const triple = (b0 << 16) | (b1 << 8) | b2;
    out += BASE64_ALPHABET.charAt((triple >> 18) & 63) + BASE64_ALPHABET.charAt((triple >> 12) & 63);
    out += i + 1 < bytes.length ? BASE64_ALPHABET.charAt((triple >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? BASE64_ALPHABET.charAt(triple & 63) : '=';
  }
  return out;
}

function randomBytes(rng: Rng, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(rng.next() * 256);
  return bytes;
}

/** An RSA-2048 signature's worth of bytes, base64 (344 chars) — the shape of Sello / SelloSAT. */
export function fakeSignature(rng: Rng): string {
  return base64Encode(randomBytes(rng, 256));
}

/** A 20-digit SAT certificate number, e.g. `00001000000512345678`. */
export function fakeCertificateNumber(rng: Rng): string {
  return `00001000000${rng.int(4, 7)}${rng.digits(8)}`;
}

/**
 * A base64 DER blob shaped like an X.509 CSD certificate (SEQUENCE header, v3, the 20-digit serial in ASCII as
 * SAT certificates have, sha256WithRSAEncryption), padded with random bytes. Starts with `MIIF` like real ones.
 */
export function fakeCertificate(rng: Rng, certificateNumber: string): string {
  const total = rng.int(1300, 1530);
  const bytes = randomBytes(rng, total);
  const header = [0x30, 0x82, ((total - 4) >> 8) & 0xff, (total - 4) & 0xff, 0x30, 0x82, ((total - 300) >> 8) & 0xff, (total - 300) & 0xff];
  const version = [0xa0, 0x03, 0x02, 0x01, 0x02];
  const serial = [0x02, 0x14, ...Array.from(certificateNumber, (c) => c.charCodeAt(0))];
  const algorithm = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00];
  bytes.set([...header, ...version, ...serial, ...algorithm], 0);
  return base64Encode(bytes);
}

// ---------------------------------------------------------------------------------------------------------------
// Money and XML helpers

/** Cents → `1234.56`. */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not an integer amount of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Thousandths → `2`, `2.5`, `42.35` (no trailing zeros). */
export function formatQuantity(milli: number): string {
  const whole = Math.floor(milli / 1000);
  const frac = milli % 1000;
  if (frac === 0) return String(whole);
  return `${whole}.${String(frac).padStart(3, '0').replace(/0+$/, '')}`;
}

/** Half-up rounding of a non-negative rational a/b to an integer. */
function roundDiv(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXmlAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

function attributes(pairs: readonly (readonly [string, string | undefined])[]): string {
  return pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, value]) => `${name}="${escapeXmlAttribute(value)}"`)
    .join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// The document

export interface CfdiIssuer {
  rfc: string;
  nombre: string;
  regimenFiscal: string; // c_RegimenFiscal, e.g. 601 General de Ley Personas Morales, 626 RESICO
  lugarExpedicion: string; // postal code
  noCertificado: string;
  certificado: string;
}

export interface CfdiReceiver {
  rfc: string;
  nombre: string;
  domicilioFiscal: string; // postal code
  regimenFiscal: string;
  usoCfdi: string; // c_UsoCFDI, G03 = Gastos en general
}

export interface CfdiConceptInput {
  claveProdServ: string;
  claveUnidad: string;
  unidad: string;
  descripcion: string;
  quantityMilli: number; // Cantidad in thousandths
  unitPriceCents: number; // ValorUnitario in cents
  discountCents?: number; // Descuento of this line
}

export interface CfdiInput {
  serie: string;
  folio: string;
  fecha: string; // local date-time at LugarExpedicion, no zone
  formaPago: string; // c_FormaPago, e.g. 04 tarjeta de crédito; 99 por definir (with PPD)
  metodoPago: 'PUE' | 'PPD';
  moneda: 'MXN' | 'USD';
  tipoCambio?: string; // required when moneda ≠ MXN, e.g. '17.2345'
  issuer: CfdiIssuer;
  receiver: CfdiReceiver;
  concepts: readonly CfdiConceptInput[];
  uuid: string;
  fechaTimbrado: string;
  rfcProvCertif: string;
  sello: string;
  noCertificadoSat: string;
  selloSat: string;
}

export interface CfdiTotals {
  subTotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
}

interface ComputedConcept {
  input: CfdiConceptInput;
  importeCents: number;
  discountCents: number;
  baseCents: number;
  taxCents: number;
}

function computeConcept(input: CfdiConceptInput): ComputedConcept {
  const importeCents = roundDiv(input.quantityMilli * input.unitPriceCents, 1000);
  const discountCents = Math.min(input.discountCents ?? 0, importeCents);
  const baseCents = importeCents - discountCents;
  const taxCents = roundDiv(baseCents * IVA_RATE_PERCENT, 100);
  return { input, importeCents, discountCents, baseCents, taxCents };
}

export function computeTotals(concepts: readonly CfdiConceptInput[]): CfdiTotals {
  let subTotalCents = 0;
  let discountCents = 0;
  let taxCents = 0;
  for (const c of concepts.map(computeConcept)) {
    subTotalCents += c.importeCents;
    discountCents += c.discountCents;
    taxCents += c.taxCents;
  }
  return { subTotalCents, discountCents, taxCents, totalCents: subTotalCents - discountCents + taxCents };
}

const TASA = (IVA_RATE_PERCENT / 100).toFixed(6); // 0.160000

export function buildCfdiXml(doc: CfdiInput): string {
  if (doc.concepts.length === 0) throw new RangeError('a CFDI needs at least one Concepto');
  const concepts = doc.concepts.map(computeConcept);
  const totals = computeTotals(doc.concepts);
  const baseTotal = concepts.reduce((sum, c) => sum + c.baseCents, 0);

  const lines: string[] = [];
  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  lines.push(
    `<cfdi:Comprobante ${attributes([
      ['xmlns:cfdi', CFDI_NAMESPACE],
      ['xmlns:tfd', TFD_NAMESPACE],
      ['xmlns:xsi', XSI_NAMESPACE],
      ['xsi:schemaLocation', SCHEMA_LOCATION],
      ['Version', '4.0'],
      ['Serie', doc.serie],
      ['Folio', doc.folio],
      ['Fecha', doc.fecha],
      ['Sello', doc.sello],
      ['FormaPago', doc.formaPago],
      ['NoCertificado', doc.issuer.noCertificado],
      ['Certificado', doc.issuer.certificado],
      ['SubTotal', formatCents(totals.subTotalCents)],
      ['Descuento', totals.discountCents > 0 ? formatCents(totals.discountCents) : undefined],
      ['Moneda', doc.moneda],
      ['TipoCambio', doc.moneda === 'MXN' ? undefined : doc.tipoCambio],
      ['Total', formatCents(totals.totalCents)],
      ['TipoDeComprobante', 'I'],
      ['Exportacion', '01'],
      ['MetodoPago', doc.metodoPago],
      ['LugarExpedicion', doc.issuer.lugarExpedicion],
    ])}>`,
  );
  lines.push(`  <cfdi:Emisor ${attributes([['Rfc', doc.issuer.rfc], ['Nombre', doc.issuer.nombre], ['RegimenFiscal', doc.issuer.regimenFiscal]])}/>`);
  lines.push(
    `  <cfdi:Receptor ${attributes([
      ['Rfc', doc.receiver.rfc],
      ['Nombre', doc.receiver.nombre],
      ['DomicilioFiscalReceptor', doc.receiver.domicilioFiscal],
      ['RegimenFiscalReceptor', doc.receiver.regimenFiscal],
      ['UsoCFDI', doc.receiver.usoCfdi],
    ])}/>`,
  );
  lines.push('  <cfdi:Conceptos>');
  for (const c of concepts) {
    lines.push(
      `    <cfdi:Concepto ${attributes([
        ['ClaveProdServ', c.input.claveProdServ],
        ['Cantidad', formatQuantity(c.input.quantityMilli)],
        ['ClaveUnidad', c.input.claveUnidad],
        ['Unidad', c.input.unidad],
        ['Descripcion', c.input.descripcion],
        ['ValorUnitario', formatCents(c.input.unitPriceCents)],
        ['Importe', formatCents(c.importeCents)],
        ['Descuento', c.discountCents > 0 ? formatCents(c.discountCents) : undefined],
        ['ObjetoImp', '02'],
      ])}>`,
    );
    lines.push('      <cfdi:Impuestos>');
    lines.push('        <cfdi:Traslados>');
    lines.push(
      `          <cfdi:Traslado ${attributes([
        ['Base', formatCents(c.baseCents)],
        ['Impuesto', '002'],
        ['TipoFactor', 'Tasa'],
        ['TasaOCuota', TASA],
        ['Importe', formatCents(c.taxCents)],
      ])}/>`,
    );
    lines.push('        </cfdi:Traslados>');
    lines.push('      </cfdi:Impuestos>');
    lines.push('    </cfdi:Concepto>');
  }
  lines.push('  </cfdi:Conceptos>');
  lines.push(`  <cfdi:Impuestos TotalImpuestosTrasladados="${formatCents(totals.taxCents)}">`);
  lines.push('    <cfdi:Traslados>');
  lines.push(
    `      <cfdi:Traslado ${attributes([
      ['Base', formatCents(baseTotal)],
      ['Impuesto', '002'],
      ['TipoFactor', 'Tasa'],
      ['TasaOCuota', TASA],
      ['Importe', formatCents(totals.taxCents)],
    ])}/>`,
  );
  lines.push('    </cfdi:Traslados>');
  lines.push('  </cfdi:Impuestos>');
  lines.push('  <cfdi:Complemento>');
  lines.push(
    `    <tfd:TimbreFiscalDigital ${attributes([
      ['Version', '1.1'],
      ['UUID', doc.uuid],
      ['FechaTimbrado', doc.fechaTimbrado],
      ['RfcProvCertif', doc.rfcProvCertif],
      ['SelloCFD', doc.sello],
      ['NoCertificadoSAT', doc.noCertificadoSat],
      ['SelloSAT', doc.selloSat],
    ])}/>`,
  );
  lines.push('  </cfdi:Complemento>');
  lines.push('</cfdi:Comprobante>');
  return lines.join('\n');
}
