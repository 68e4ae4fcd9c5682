import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { generateSeed } from './generate';
import type { OpportunityType, SeedData } from './types';
import { OPAQUE_ID_PATTERN } from './random';
import { HIDDEN_ATTENDEE_TYPE_CODES } from './attendee-types';
import { UUID_V4_UPPER_PATTERN, isValidRfc } from './cfdi';
import { CITIES } from './cities';
import { DAY_MS, HOUR_MS, MINUTE_MS, parseUtc } from './date-utils';

const NOW = new Date('2026-05-14T15:42:07.123Z');
const NOW_MS = NOW.getTime();
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

const started = Date.now();
const seed: SeedData = generateSeed(NOW);
const firstRunMs = Date.now() - started;

// ------------------------------------------------------------------------------------------------
// Small typed helpers for walking fast-xml-parser output without `any`.

type XmlNode = Record<string, unknown>;

function node(value: unknown, what: string): XmlNode {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what}: not an element`);
  return value as XmlNode;
}

function nodes(value: unknown, what: string): XmlNode[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => node(v, what));
}

function attr(element: XmlNode, name: string): string {
  const value = element[`@_${name}`];
  if (typeof value !== 'string') throw new Error(`missing attribute ${name}`);
  return value;
}

function optionalAttr(element: XmlNode, name: string): string | undefined {
  const value = element[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

function cents(amount: string): number {
  expect(amount).toMatch(/^\d+\.\d{2}$/);
  return Math.round(Number(amount) * 100);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, parseTagValue: false });

const offsetByCity = new Map(CITIES.map((c) => [c.code, c.utcOffsetMinutes]));

function offsetOf(code: string): number {
  const offset = offsetByCity.get(code);
  if (offset === undefined) throw new Error(`unknown city ${code}`);
  return offset;
}

// ------------------------------------------------------------------------------------------------

describe('generateSeed', () => {
  it('is deterministic for a given now, and fast', () => {
    const again = generateSeed(new Date(NOW_MS));
    expect(again).toStrictEqual(seed);
    const t = Date.now();
    generateSeed(NOW);
    const warmMs = Date.now() - t;
    expect(firstRunMs).toBeLessThan(1500);
    expect(warmMs).toBeLessThan(1500);
  });

  it('moves with now', () => {
    const later = generateSeed(new Date(NOW_MS + 30 * DAY_MS));
    expect(later.attendeeTypes).toStrictEqual(seed.attendeeTypes); // no dates in attendee types
    expect(later.taxInvoices[0]?.modifiedAt).not.toBe(seed.taxInvoices[0]?.modifiedAt);
  });

  it('produces the minimum counts', () => {
    expect(seed.attendeeTypes.length).toBeGreaterThanOrEqual(320);
    expect(seed.taxInvoices.length).toBeGreaterThanOrEqual(620);
    expect(seed.opportunities.length).toBeGreaterThanOrEqual(5200);
    expect(new Set(seed.opportunities.map((o) => o.tripId)).size).toBeGreaterThanOrEqual(420);
    expect(seed.purchaseOrders.length).toBeGreaterThanOrEqual(210);
  });

  it('uses unique opaque Concur-like ids everywhere', () => {
    const tripIds = [...new Set(seed.opportunities.map((o) => o.tripId))];
    const entityIds = [
      ...seed.attendeeTypes.map((t) => t.id),
      ...seed.taxInvoices.map((t) => t.id),
      ...seed.opportunities.map((o) => o.id),
      ...tripIds,
      ...seed.purchaseOrders.flatMap((p) => p.receipts.map((r) => r.id)),
    ];
    const referenceIds = [
      ...new Set([...seed.attendeeTypes.map((t) => t.attendeeFormId), ...seed.attendeeTypes.map((t) => t.connectorId).filter((c) => c !== '')]),
    ];
    const all = [...entityIds, ...referenceIds];
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) {
      expect(id).toMatch(OPAQUE_ID_PATTERN);
      expect(id.length).toBeGreaterThanOrEqual(22);
      expect(id.length).toBeLessThanOrEqual(30);
      const dollars = id.split('$').length - 1;
      expect(dollars === 1 || dollars === 2).toBe(true);
    }
    const forms = new Set(seed.attendeeTypes.map((t) => t.attendeeFormId));
    expect(forms.size).toBeGreaterThanOrEqual(3);
    expect(forms.size).toBeLessThanOrEqual(8);
  });
});

describe('attendee types', () => {
  const types = seed.attendeeTypes;

  it('has unique names and codes within Concur limits', () => {
    expect(new Set(types.map((t) => t.name.toLowerCase())).size).toBe(types.length);
    expect(new Set(types.map((t) => t.code)).size).toBe(types.length);
    for (const t of types) {
      expect(t.name.length).toBeGreaterThan(0);
      expect(t.name.length).toBeLessThanOrEqual(40);
      expect(t.code).toMatch(/^[A-Z0-9_]{1,40}$/);
      expect(t.duplicateSearchFields.every((f) => ['FirstName', 'LastName', 'Company', 'Title', 'ExternalId', 'Custom1', 'Custom7', 'Custom9'].includes(f))).toBe(true);
      expect(new Set(t.duplicateSearchFields).size).toBe(t.duplicateSearchFields.length);
    }
  });

  it('contains the standard types and never the hidden ones', () => {
    const byCode = new Map(types.map((t) => [t.code, t]));
    for (const code of ['EMPLOYEE', 'SPOUSE', 'BUSGUEST', 'HCP']) expect(byCode.get(code)?.isSystem).toBe(true);
    expect(byCode.get('EMPLOYEE')?.name).toBe('Employee');
    expect(byCode.get('BUSGUEST')?.name).toBe('Business Guest');
    for (const code of HIDDEN_ATTENDEE_TYPE_CODES) expect(byCode.has(code)).toBe(false);
    expect(types.filter((t) => !t.isSystem).length).toBeGreaterThan(300);
  });

  it('varies connectors and flags', () => {
    const withConnector = types.filter((t) => t.connectorId !== '').length;
    expect(withConnector).toBeGreaterThan(0);
    expect(withConnector).toBeLessThan(types.length / 2);
    for (const flag of ['allowManuallyEnteredAttendees', 'allowAttendeeCountEditing'] as const) {
      expect(types.some((t) => t[flag])).toBe(true);
      expect(types.some((t) => !t[flag])).toBe(true);
    }
  });
});

describe('digital tax invoices', () => {
  const invoices = seed.taxInvoices;

  it('has well-formed histories within the last 120 days', () => {
    let unvalidated = 0;
    for (const inv of invoices) {
      expect(inv.concurReceiptId).toMatch(/^\d+$/);
      expect(inv.documentId).toMatch(/^[0-9A-F]{20}$/);
      expect(inv.accountId === 'NOACCTID' || /^MXVAL-\d{6}$/.test(inv.accountId)).toBe(true);
      const first = inv.history[0];
      expect(first).toEqual({ status: null, comment: '', at: expect.stringMatching(DATE_TIME) });
      expect(inv.history.length).toBeLessThanOrEqual(3);
      if (inv.history.length === 1) unvalidated++;
      let previous = -Infinity;
      for (const [index, event] of inv.history.entries()) {
        expect(event.at).toMatch(DATE_TIME);
        const at = parseUtc(event.at);
        expect(at).toBeGreaterThan(previous);
        expect(at).toBeLessThan(NOW_MS);
        previous = at;
        if (index > 0) {
          expect(['VALID', 'INVLD', 'WARNG']).toContain(event.status);
          expect(event.comment.length).toBeLessThanOrEqual(2000);
          if (event.status !== 'VALID') expect(event.comment).not.toBe('');
        }
      }
      expect(inv.modifiedAt).toBe(inv.history[inv.history.length - 1]?.at);
      const modified = parseUtc(inv.modifiedAt);
      expect(modified).toBeGreaterThanOrEqual(NOW_MS - 120 * DAY_MS);
      expect(modified).toBeLessThan(NOW_MS);
    }
    expect(unvalidated / invoices.length).toBeGreaterThan(0.5);
    expect(unvalidated / invoices.length).toBeLessThan(0.7);
    expect(new Set(invoices.map((i) => i.concurReceiptId)).size).toBe(invoices.length);
    const noAccount = invoices.filter((i) => i.accountId === 'NOACCTID').length / invoices.length;
    expect(noAccount).toBeGreaterThan(0.7);
    expect(noAccount).toBeLessThan(0.9);
    const statuses = new Set(invoices.map((i) => i.history[i.history.length - 1]?.status));
    expect(statuses).toEqual(new Set([null, 'VALID', 'INVLD', 'WARNG']));
  });

  it('carries well-formed CFDI 4.0 documents whose amounts add up', () => {
    const uuids = new Set<string>();
    let usd = 0;
    let withDiscount = 0;
    for (const inv of invoices) {
      const xml = inv.receiptData;
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<cfdi:Comprobante ')).toBe(true);
      expect(XMLValidator.validate(xml)).toBe(true);
      const root = node(parser.parse(xml) as unknown, 'document');
      const comprobante = node(root['cfdi:Comprobante'], 'Comprobante');
      expect(attr(comprobante, 'xmlns:cfdi')).toBe('http://www.sat.gob.mx/cfd/4');
      expect(attr(comprobante, 'xmlns:tfd')).toBe('http://www.sat.gob.mx/TimbreFiscalDigital');
      expect(attr(comprobante, 'Version')).toBe('4.0');
      expect(attr(comprobante, 'TipoDeComprobante')).toBe('I');
      expect(attr(comprobante, 'Exportacion')).toBe('01');
      expect(attr(comprobante, 'Fecha')).toMatch(DATE_TIME);
      expect(attr(comprobante, 'LugarExpedicion')).toMatch(/^\d{5}$/);
      expect(attr(comprobante, 'NoCertificado')).toMatch(/^\d{20}$/);
      expect(attr(comprobante, 'Sello')).toMatch(/^[A-Za-z0-9+/]{342}==$/);
      expect(attr(comprobante, 'Certificado')).toMatch(/^MIIF[A-Za-z0-9+/=]+$/);
      const metodo = attr(comprobante, 'MetodoPago');
      expect(['PUE', 'PPD']).toContain(metodo);
      if (metodo === 'PPD') expect(attr(comprobante, 'FormaPago')).toBe('99');
      const moneda = attr(comprobante, 'Moneda');
      expect(['MXN', 'USD']).toContain(moneda);
      if (moneda === 'USD') {
        usd++;
        expect(attr(comprobante, 'TipoCambio')).toMatch(/^\d{2}\.\d{4}$/);
      } else {
        expect(optionalAttr(comprobante, 'TipoCambio')).toBeUndefined();
      }

      const emisor = node(comprobante['cfdi:Emisor'], 'Emisor');
      const receptor = node(comprobante['cfdi:Receptor'], 'Receptor');
      expect(isValidRfc(attr(emisor, 'Rfc'))).toBe(true);
      expect(isValidRfc(attr(receptor, 'Rfc'))).toBe(true);
      expect(attr(emisor, 'Rfc')).toMatch(/^[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{3}$/);
      expect(attr(receptor, 'UsoCFDI')).toBe('G03');
      expect(attr(receptor, 'DomicilioFiscalReceptor')).toMatch(/^\d{5}$/);
      expect(attr(emisor, 'Nombre').length).toBeGreaterThan(3);

      const conceptos = nodes(node(comprobante['cfdi:Conceptos'], 'Conceptos')['cfdi:Concepto'], 'Concepto');
      expect(conceptos.length).toBeGreaterThanOrEqual(1);
      expect(conceptos.length).toBeLessThanOrEqual(4);
      let sumImporte = 0;
      let sumDescuento = 0;
      let sumTax = 0;
      let sumBase = 0;
      for (const c of conceptos) {
        const importe = cents(attr(c, 'Importe'));
        const expected = Number(attr(c, 'Cantidad')) * Number(attr(c, 'ValorUnitario'));
        expect(Math.abs(importe / 100 - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(attr(c, 'ObjetoImp')).toBe('02');
        expect(attr(c, 'ClaveProdServ')).toMatch(/^\d{8}$/);
        expect(attr(c, 'Descripcion').length).toBeGreaterThan(3);
        const descuento = optionalAttr(c, 'Descuento');
        const discount = descuento === undefined ? 0 : cents(descuento);
        const traslados = nodes(node(node(c['cfdi:Impuestos'], 'Impuestos')['cfdi:Traslados'], 'Traslados')['cfdi:Traslado'], 'Traslado');
        expect(traslados).toHaveLength(1);
        const traslado = traslados[0];
        if (traslado === undefined) throw new Error('no traslado');
        expect(attr(traslado, 'Impuesto')).toBe('002');
        expect(attr(traslado, 'TipoFactor')).toBe('Tasa');
        expect(attr(traslado, 'TasaOCuota')).toBe('0.160000');
        const base = cents(attr(traslado, 'Base'));
        expect(base).toBe(importe - discount);
        const tax = cents(attr(traslado, 'Importe'));
        expect(Math.abs(tax - base * 0.16)).toBeLessThanOrEqual(0.5);
        sumImporte += importe;
        sumDescuento += discount;
        sumTax += tax;
        sumBase += base;
      }
      const subTotal = cents(attr(comprobante, 'SubTotal'));
      const descuentoDoc = optionalAttr(comprobante, 'Descuento');
      const discountTotal = descuentoDoc === undefined ? 0 : cents(descuentoDoc);
      if (discountTotal > 0) withDiscount++;
      const impuestos = node(comprobante['cfdi:Impuestos'], 'Impuestos');
      const totalTax = cents(attr(impuestos, 'TotalImpuestosTrasladados'));
      const docTraslado = nodes(node(impuestos['cfdi:Traslados'], 'Traslados')['cfdi:Traslado'], 'Traslado')[0];
      if (docTraslado === undefined) throw new Error('no document traslado');
      expect(subTotal).toBe(sumImporte);
      expect(discountTotal).toBe(sumDescuento);
      expect(totalTax).toBe(sumTax);
      expect(cents(attr(docTraslado, 'Importe'))).toBe(sumTax);
      expect(cents(attr(docTraslado, 'Base'))).toBe(sumBase);
      // Total = SubTotal − Descuento + taxes (Descuento is absent on most invoices).
      expect(cents(attr(comprobante, 'Total'))).toBe(subTotal - discountTotal + totalTax);

      const timbre = node(node(comprobante['cfdi:Complemento'], 'Complemento')['tfd:TimbreFiscalDigital'], 'Timbre');
      expect(attr(timbre, 'Version')).toBe('1.1');
      const uuid = attr(timbre, 'UUID');
      expect(uuid).toMatch(UUID_V4_UPPER_PATTERN);
      uuids.add(uuid);
      expect(attr(timbre, 'SelloCFD')).toBe(attr(comprobante, 'Sello'));
      expect(isValidRfc(attr(timbre, 'RfcProvCertif'))).toBe(true);
      expect(attr(timbre, 'NoCertificadoSAT')).toMatch(/^\d{20}$/);
      const fecha = parseUtc(attr(comprobante, 'Fecha'));
      const timbrado = parseUtc(attr(timbre, 'FechaTimbrado'));
      expect(timbrado).toBeGreaterThanOrEqual(fecha);
      expect(timbrado - fecha).toBeLessThan(72 * HOUR_MS);
      // Fecha is Mexico City local time (UTC−6): the invoice was issued before Concur received it.
      const received = parseUtc(inv.history[0]?.at ?? '');
      expect(timbrado + 6 * HOUR_MS).toBeLessThan(received);
    }
    expect(uuids.size).toBe(invoices.length);
    expect(usd).toBeGreaterThan(0);
    expect(withDiscount).toBeGreaterThan(0);
  });

  it('escapes special characters in attributes', () => {
    const escaped = invoices.find((i) => i.receiptData.includes('&amp;'));
    expect(escaped).toBeDefined();
    for (const inv of invoices) expect(inv.receiptData).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe('opportunities', () => {
  const opportunities = seed.opportunities;

  it('covers all six types with a realistic mix', () => {
    const counts = new Map<OpportunityType, number>();
    for (const o of opportunities) counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
    const count = (type: OpportunityType): number => counts.get(type) ?? 0;
    for (const type of ['Hotel', 'Car', 'Air', 'Rail', 'Taxi', 'Service'] as const) expect(count(type)).toBeGreaterThan(0);
    expect(count('Hotel')).toBeGreaterThan(count('Air'));
    expect(count('Car')).toBeGreaterThan(count('Air'));
    expect(count('Air')).toBeGreaterThan(count('Rail'));
    expect(count('Air')).toBeGreaterThan(count('Taxi'));
    expect(count('Air')).toBeGreaterThan(count('Service'));
    const active = opportunities.filter((o) => o.isActive).length / opportunities.length;
    expect(active).toBeGreaterThan(0.62);
    expect(active).toBeLessThan(0.78);
  });

  it('has consistent local/UTC times and durations per type', () => {
    for (const o of opportunities) {
      expect(o.startDateLocal).toMatch(DATE_TIME);
      expect(o.endDateLocal).toMatch(DATE_TIME);
      expect(o.startUtc).toMatch(DATE_TIME);
      expect(o.startPostalCode).not.toBe('');
      expect(o.endPostalCode).not.toBe('');
      expect(o.tripId).toMatch(/^[A-Za-z0-9$]+$/);
      const startUtc = parseUtc(o.startDateLocal) - offsetOf(o.startCityCode) * MINUTE_MS;
      expect(parseUtc(o.startUtc)).toBe(startUtc);
      const endUtc = parseUtc(o.endDateLocal) - offsetOf(o.endCityCode) * MINUTE_MS;
      const duration = endUtc - startUtc;
      expect(duration).toBeGreaterThan(0);
      switch (o.type) {
        case 'Taxi':
          expect(duration).toBeLessThan(HOUR_MS);
          expect(o.startCityCode).toBe(o.endCityCode);
          break;
        case 'Air':
        case 'Rail':
          expect(duration).toBeLessThanOrEqual(20 * HOUR_MS);
          break;
        case 'Service':
          expect(duration).toBeLessThanOrEqual(DAY_MS);
          break;
        case 'Hotel':
          expect(o.startCityCode).toBe(o.endCityCode);
          expect(duration).toBeLessThanOrEqual(10 * DAY_MS);
          break;
        case 'Car':
          expect(duration).toBeLessThanOrEqual(10 * DAY_MS);
          break;
      }
    }
  });

  it('groups opportunities into trips of at most ~10 days over 18 months', () => {
    const trips = new Map<string, { start: number; end: number }>();
    for (const o of opportunities) {
      const start = parseUtc(o.startUtc);
      const end = parseUtc(o.endDateLocal) - offsetOf(o.endCityCode) * MINUTE_MS;
      const trip = trips.get(o.tripId);
      if (trip === undefined) trips.set(o.tripId, { start, end });
      else trips.set(o.tripId, { start: Math.min(trip.start, start), end: Math.max(trip.end, end) });
    }
    expect(trips.size).toBeGreaterThanOrEqual(420);
    for (const trip of trips.values()) expect(trip.end - trip.start).toBeLessThanOrEqual(11 * DAY_MS);

    const starts = opportunities.map((o) => parseUtc(o.startUtc));
    const min = Math.min(...starts);
    const max = Math.max(...starts);
    expect(min).toBeLessThanOrEqual(NOW_MS - 360 * DAY_MS);
    expect(max).toBeGreaterThanOrEqual(NOW_MS + 175 * DAY_MS);
    expect(max - min).toBeGreaterThanOrEqual(545 * DAY_MS); // 18 months
    const months = new Set(opportunities.map((o) => o.startUtc.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(18);
    const past = [...trips.values()].filter((t) => t.start < NOW_MS).length;
    expect(past).toBeGreaterThan(trips.size / 2);
    expect(past).toBeLessThan(trips.size);
  });

  it('peaks on weekdays', () => {
    const byWeekday = [0, 0, 0, 0, 0, 0, 0];
    for (const o of opportunities) {
      const day = new Date(parseUtc(o.startDateLocal)).getUTCDay();
      byWeekday[day] = (byWeekday[day] ?? 0) + 1;
    }
    const [sun = 0, mon = 0, tue = 0, wed = 0, thu = 0, fri = 0, sat = 0] = byWeekday;
    expect(Math.min(mon, tue, wed, thu)).toBeGreaterThan(sat);
    expect(Math.min(mon, tue, wed, thu)).toBeGreaterThan(sun);
    expect(mon + tue).toBeGreaterThan(fri + sat);
  });

  it('uses known city codes', () => {
    const codes = new Set(opportunities.flatMap((o) => [o.startCityCode, o.endCityCode]));
    for (const code of codes) expect(offsetByCity.has(code)).toBe(true);
    for (const code of ['NYC', 'MEX', 'LON', 'TYO', 'SIN', 'YTO', 'SAO']) expect(codes.has(code)).toBe(true);
  });
});

describe('purchase orders', () => {
  const orders = seed.purchaseOrders;

  it('has well-formed numbers, lines and receipts', () => {
    expect(new Set(orders.map((o) => o.number)).size).toBe(orders.length);
    const today = Math.floor(NOW_MS / DAY_MS) * DAY_MS;
    for (const order of orders) {
      expect(order.number).toMatch(/^PO-20\d{2}-\d{6}$/);
      expect(['USD', 'MXN', 'EUR']).toContain(order.currency);
      expect(order.vendorName.length).toBeGreaterThan(3);
      expect(order.lines.length).toBeGreaterThanOrEqual(1);
      expect(order.lines.length).toBeLessThanOrEqual(8);
      expect(new Set(order.lines.map((l) => l.externalId)).size).toBe(order.lines.length);
      const lines = new Map(order.lines.map((l) => [l.externalId, l]));
      for (const line of order.lines) {
        expect(line.externalId).toMatch(/^\d{4}$/);
        expect(line.quantity).toMatch(/^\d+(\.\d+)?$/);
        expect(Number(line.quantity)).toBeGreaterThan(0);
        expect(line.unitOfMeasureCode.length).toBeLessThan(10);
      }
      const received = new Map<string, number>();
      const keys = new Set<string>();
      for (const receipt of order.receipts) {
        const line = lines.get(receipt.lineExternalId);
        expect(line).toBeDefined();
        if (line === undefined) continue;
        const key = `${receipt.goodsReceiptNumber}|${receipt.lineExternalId}`;
        expect(keys.has(key)).toBe(false);
        keys.add(key);
        expect(receipt.goodsReceiptNumber).toMatch(/^GR-\d{6}$/);
        expect(receipt.deliverySlipNumber).toMatch(/^DS-\d+$/);
        expect(receipt.receivedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const day = parseUtc(receipt.receivedDate);
        expect(day).toBeLessThan(today);
        expect(day).toBeGreaterThanOrEqual(today - 90 * DAY_MS);
        expect(receipt.unitOfMeasureCode).toBe(line.unitOfMeasureCode);
        expect(['Y', 'N']).toContain(receipt.isReceived);
        if (line.receiptType === 'WQTY') {
          expect(receipt.receivedQuantity).toMatch(/^\d+(\.\d+)?$/);
          received.set(line.externalId, (received.get(line.externalId) ?? 0) + Number(receipt.receivedQuantity));
        } else {
          expect(receipt.receivedQuantity).toBe('');
        }
      }
      for (const [externalId, quantity] of received) expect(quantity).toBeLessThanOrEqual(Number(lines.get(externalId)?.quantity) + 1e-9);
    }
  });

  it('mixes receipt types, currencies and receipt states', () => {
    const lines = orders.flatMap((o) => o.lines);
    const wqty = lines.filter((l) => l.receiptType === 'WQTY').length / lines.length;
    expect(wqty).toBeGreaterThan(0.3);
    expect(wqty).toBeLessThan(0.5);
    expect(lines.some((l) => l.receiptType === 'WQTY' && l.quantity.includes('.'))).toBe(true);
    const withReceipts = orders.filter((o) => o.receipts.length > 0);
    expect(withReceipts.length / orders.length).toBeGreaterThan(0.25);
    expect(withReceipts.length / orders.length).toBeLessThan(0.45);
    expect(withReceipts.every((o) => o.receipts.length <= 3)).toBe(true);
    const receipts = orders.flatMap((o) => o.receipts);
    expect(receipts.some((r) => r.linkedToPaymentRequest)).toBe(true);
    expect(receipts.some((r) => !r.linkedToPaymentRequest)).toBe(true);
    expect(receipts.some((r) => r.receivedQuantity !== '')).toBe(true);
    const currencies = new Set(orders.map((o) => o.currency));
    expect(currencies).toEqual(new Set(['USD', 'MXN', 'EUR']));
    expect(orders.filter((o) => o.currency === 'USD').length / orders.length).toBeGreaterThan(0.5);
  });
});
