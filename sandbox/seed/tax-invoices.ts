/**
 * Digital tax invoices (Mexican CFDI 4.0) waiting for / processed by a validation partner.
 * Businesses, RFCs and certificates are fictional but shaped like real ones (RFC check digits are valid).
 */
import type { SeedTaxInvoice, SeedTaxInvoiceEvent, TaxInvoiceStatus } from './types';
import type { IdFactory, Rng } from './random';
import {
  buildCfdiXml,
  companyRfcLetters,
  computeTotals,
  fakeCertificate,
  fakeCertificateNumber,
  fakeSignature,
  makeRfc,
  personRfcLetters,
  uuidV4Upper,
  type CfdiConceptInput,
  type CfdiIssuer,
  type CfdiReceiver,
} from './cfdi';
import { DAY_MS, HOUR_MS, MINUTE_MS, formatDateTime, startOfUtcDay, utcWeekday } from './date-utils';

export const MIN_TAX_INVOICES = 620;
const TAX_INVOICE_COUNT = 640;
/** Invoices were received by Concur within this many days before `now`. */
export const TAX_INVOICE_WINDOW_DAYS = 120;

/**
 * Mexico City has had no daylight saving time since October 2022: UTC−6 all year. All issuers below are in
 * UTC−6 states, so CFDI `Fecha` / `FechaTimbrado` are Mexico City local times.
 */
const MEXICO_CITY_OFFSET_MINUTES = -360;

type IssuerCategory = 'hotel' | 'restaurant' | 'airline' | 'taxi' | 'gas' | 'carRental';

interface IssuerSpec {
  /** Registered name as it must appear in a CFDI 4.0 (upper case, without the capital regime, e.g. no "SA de CV"). */
  name: string;
  category: IssuerCategory;
  postalCode: string;
  serie: string;
  /** For individuals (personas físicas): [first name(s), paternal surname, maternal surname]. */
  person?: readonly [string, string, string];
  /** Resort hotels bill foreign guests in USD. */
  usd?: boolean;
  airportCode?: string;
}

const ISSUERS: readonly IssuerSpec[] = [
  // Hotels
  { name: 'OPERADORA HOTELERA DEL CENTRO HISTORICO', category: 'hotel', postalCode: '06000', serie: 'HCH' },
  { name: 'HOTELES Y SUITES REFORMA', category: 'hotel', postalCode: '06600', serie: 'HSR' },
  { name: 'INMOBILIARIA HOTELERA DE POLANCO', category: 'hotel', postalCode: '11560', serie: 'A' },
  { name: 'OPERADORA DE HOTELES AEROPUERTO', category: 'hotel', postalCode: '15620', serie: 'OHA' },
  { name: 'HOTELERA EJECUTIVA DE MONTERREY', category: 'hotel', postalCode: '64000', serie: 'HEM' },
  { name: 'SERVICIOS HOTELEROS DE SAN PEDRO', category: 'hotel', postalCode: '66220', serie: 'F' },
  { name: 'GRAN HOTEL DE GUADALAJARA', category: 'hotel', postalCode: '44100', serie: 'GHG' },
  { name: 'HOTEL & SUITES COLONIAL DE QUERETARO', category: 'hotel', postalCode: '76000', serie: 'QRO' },
  { name: 'HOTELES BOUTIQUE DE MERIDA', category: 'hotel', postalCode: '97000', serie: 'HBM' },
  { name: 'DESARROLLOS TURISTICOS DE PUERTO VALLARTA', category: 'hotel', postalCode: '48300', serie: 'DTV', usd: true },
  // Restaurants
  { name: 'RESTAURANTES LA PARRILLA DE POLANCO', category: 'restaurant', postalCode: '11560', serie: 'RLP' },
  { name: 'CAFE & BISTRO LA CONDESA', category: 'restaurant', postalCode: '06140', serie: 'CB' },
  { name: 'GRUPO GASTRONOMICO D&M', category: 'restaurant', postalCode: '06600', serie: 'GGD' },
  { name: 'CORPORATIVO DE ALIMENTOS SANTA FE', category: 'restaurant', postalCode: '05348', serie: 'CAS' },
  { name: 'MARISQUERIA EL FARO DEL PUERTO', category: 'restaurant', postalCode: '44160', serie: 'MF' },
  { name: 'TAQUERIAS EL COMPADRE DEL NORTE', category: 'restaurant', postalCode: '64000', serie: 'TC' },
  { name: 'COCINA REGIONAL LA HACIENDA', category: 'restaurant', postalCode: '76000', serie: 'CRH' },
  { name: 'ASADERO LA MONTAÑA', category: 'restaurant', postalCode: '66220', serie: 'ALM' },
  { name: 'CAFETERIAS Y SERVICIOS DEL AEROPUERTO', category: 'restaurant', postalCode: '15620', serie: 'CSA' },
  { name: 'ROSA ELENA GARCIA MORALES', category: 'restaurant', postalCode: '72000', serie: 'A', person: ['Rosa Elena', 'García', 'Morales'] },
  // Airlines
  { name: 'AEROLINEAS DEL PACIFICO MEXICANO', category: 'airline', postalCode: '15620', serie: 'ADP', airportCode: 'MEX' },
  { name: 'TRANSPORTES AEREOS DEL GOLFO', category: 'airline', postalCode: '15620', serie: 'TAG', airportCode: 'MEX' },
  { name: 'AEROVIAS EJECUTIVAS DEL NORTE', category: 'airline', postalCode: '66600', serie: 'AEN', airportCode: 'MTY' },
  // Taxis and ground transport
  { name: 'TAXIS EJECUTIVOS DEL AEROPUERTO', category: 'taxi', postalCode: '15620', serie: 'TEA' },
  { name: 'TRANSPORTACION TERRESTRE AEROPORTUARIA DE MONTERREY', category: 'taxi', postalCode: '66600', serie: 'TTA' },
  { name: 'SITIO DE TAXIS NUEVO MILENIO', category: 'taxi', postalCode: '44100', serie: 'SNM' },
  { name: 'JUAN CARLOS HERNANDEZ LOPEZ', category: 'taxi', postalCode: '06700', serie: 'T', person: ['Juan Carlos', 'Hernández', 'López'] },
  { name: 'MARIA GUADALUPE RAMIREZ TORRES', category: 'taxi', postalCode: '03100', serie: 'B', person: ['María Guadalupe', 'Ramírez', 'Torres'] },
  { name: 'JOSE LUIS MARTINEZ SANCHEZ', category: 'taxi', postalCode: '64700', serie: 'JLM', person: ['José Luis', 'Martínez', 'Sánchez'] },
  // Gas stations
  { name: 'SERVICIO GASOLINERO INSURGENTES', category: 'gas', postalCode: '03100', serie: 'SGI' },
  { name: 'GASOLINERA LOS ANGELES DE QUERETARO', category: 'gas', postalCode: '76100', serie: 'GAQ' },
  { name: 'ESTACION DE SERVICIO CUMBRES', category: 'gas', postalCode: '64610', serie: 'ESC' },
  { name: 'COMBUSTIBLES Y LUBRICANTES DE JALISCO', category: 'gas', postalCode: '45050', serie: 'CLJ' },
  // Car rental
  { name: 'ARRENDADORA AUTOMOTRIZ DEL NORTE', category: 'carRental', postalCode: '66600', serie: 'AAN' },
  { name: 'RENTA DE AUTOS EJECUTIVOS DE MEXICO', category: 'carRental', postalCode: '15620', serie: 'RAE' },
];

const CATEGORY_WEIGHTS: readonly (readonly [IssuerCategory, number])[] = [
  ['restaurant', 31],
  ['hotel', 25],
  ['taxi', 15],
  ['airline', 12],
  ['gas', 10],
  ['carRental', 7],
];

const DOMESTIC_ROUTES = ['MEX', 'MTY', 'GDL', 'CUN', 'TIJ', 'QRO', 'MID', 'BJX', 'PVR', 'SJD', 'VER', 'OAX', 'CUL', 'HMO'];

/** PAC (authorised certification provider) RFCs that stamp the invoices; SAT itself stamps free-service invoices. */
const PAC_STEMS: readonly { letters: string; date: { year: number; month: number; day: number } }[] = [
  { letters: 'SFE', date: { year: 2009, month: 3, day: 17 } },
  { letters: 'EDI', date: { year: 2006, month: 11, day: 9 } },
  { letters: 'CDF', date: { year: 2011, month: 5, day: 24 } },
];

const WARNING_COMMENTS = [
  'RFC del receptor no coincide con el registrado',
  'El nombre del receptor no coincide con la Constancia de Situación Fiscal',
  'Régimen fiscal del receptor no corresponde al registrado',
  'UsoCFDI G03 no corresponde al tipo de gasto declarado',
  'Código postal del domicilio fiscal del receptor no coincide',
  'Receipt date differs from the expense transaction date by more than 30 days',
  'Receiver name differs from the company legal name (check accents)',
] as const;

const INVALID_COMMENTS = [
  'CFDI cancelado ante el SAT',
  'Sello digital del emisor inválido',
  'El RFC del receptor no corresponde a la empresa',
  'Certificado de sello digital del emisor revocado',
  'Duplicate invoice: this UUID was already submitted on another expense report',
  'Invoice total does not match the expense amount',
] as const;

const VALID_COMMENTS = ['', '', '', 'CFDI vigente en el SAT', 'Validado', 'Validated against SAT web service'] as const;

interface Issuer extends CfdiIssuer {
  spec: IssuerSpec;
}

function makeIssuers(rng: Rng): Issuer[] {
  return ISSUERS.map((spec) => {
    const founded = { year: rng.int(1988, 2019), month: rng.int(1, 12), day: rng.int(1, 28) };
    const letters = spec.person
      ? personRfcLetters(spec.person[0], spec.person[1], spec.person[2])
      : companyRfcLetters(spec.name);
    const born = { year: rng.int(1962, 1992), month: rng.int(1, 12), day: rng.int(1, 28) };
    const noCertificado = fakeCertificateNumber(rng);
    return {
      spec,
      rfc: makeRfc(rng, letters, spec.person ? born : founded),
      nombre: spec.name,
      // 601 General de Ley Personas Morales; 612 Personas Físicas con Actividades Empresariales; 626 RESICO.
      regimenFiscal: spec.person ? rng.pick(['612', '626']) : '601',
      lugarExpedicion: spec.postalCode,
      noCertificado,
      certificado: fakeCertificate(rng, noCertificado),
    };
  });
}

function makeReceivers(rng: Rng): CfdiReceiver[] {
  const main = 'INNOVACION FARMACEUTICA DEL NORTE';
  const services = 'SERVICIOS CORPORATIVOS IFN';
  return [
    { rfc: makeRfc(rng, companyRfcLetters(main), { year: 2009, month: 3, day: 12 }), nombre: main, domicilioFiscal: '64000', regimenFiscal: '601', usoCfdi: 'G03' },
    { rfc: makeRfc(rng, companyRfcLetters(services), { year: 2011, month: 7, day: 1 }), nombre: services, domicilioFiscal: '66220', regimenFiscal: '601', usoCfdi: 'G03' },
  ];
}

/** Gross (tax-included) price rounded to `step` pesos → net unit price in cents, as businesses price in Mexico. */
function netFromGross(rng: Rng, minPesos: number, maxPesos: number, step: number): number {
  const gross = Math.round(rng.int(minPesos, maxPesos) / step) * step;
  return Math.round((gross * 100) / 1.16);
}

function one(quantity = 1): number {
  return quantity * 1000;
}

function conceptsFor(rng: Rng, issuer: Issuer, usd: boolean): CfdiConceptInput[] {
  const service = { claveUnidad: 'E48', unidad: 'Unidad de servicio' } as const;
  switch (issuer.spec.category) {
    case 'hotel': {
      const nights = rng.weightedEntries([[1, 30], [2, 28], [3, 20], [4, 12], [5, 10]] as const);
      const room = rng.weightedEntries([
        ['Hospedaje habitación sencilla', 40],
        ['Hospedaje habitación doble', 25],
        ['Hospedaje habitación ejecutiva', 22],
        ['Hospedaje suite junior', 8],
        ['Hospedaje habitación king con desayuno', 5],
      ] as const);
      const rate = usd ? rng.int(18_900, 42_000) : netFromGross(rng, 1450, 5600, 50);
      const concepts: CfdiConceptInput[] = [
        { claveProdServ: '90111501', ...service, descripcion: room, quantityMilli: one(nights), unitPriceCents: rate },
      ];
      const extras = rng.sample(
        [
          { claveProdServ: '90101501', ...service, descripcion: 'Consumo de alimentos en restaurante', min: 280, max: 1900 },
          { claveProdServ: '90101501', ...service, descripcion: 'Servicio a cuartos', min: 220, max: 1200 },
          { claveProdServ: '90101501', ...service, descripcion: 'Consumo de minibar', min: 90, max: 650 },
          { claveProdServ: '91111502', ...service, descripcion: 'Servicio de lavandería', min: 150, max: 780 },
          { claveProdServ: '81112101', ...service, descripcion: 'Internet de alta velocidad', min: 120, max: 350 },
        ],
        rng.weightedEntries([[0, 45], [1, 35], [2, 15], [3, 5]] as const),
      );
      for (const extra of extras) {
        const price = usd ? rng.int(800, Math.round(extra.max / 17) * 100) : netFromGross(rng, extra.min, extra.max, 10);
        concepts.push({ claveProdServ: extra.claveProdServ, claveUnidad: extra.claveUnidad, unidad: extra.unidad, descripcion: extra.descripcion, quantityMilli: one(), unitPriceCents: price });
      }
      const first = concepts[0];
      if (first && rng.chance(0.09)) first.discountCents = Math.round((first.quantityMilli / 1000) * first.unitPriceCents * rng.pick([0.1, 0.15]));
      return concepts;
    }
    case 'restaurant': {
      const concepts: CfdiConceptInput[] = [
        { claveProdServ: '90101501', ...service, descripcion: rng.pick(['Consumo de alimentos', 'Consumo de alimentos', 'Alimentos', 'Desayuno ejecutivo', 'Comida de negocios']), quantityMilli: one(), unitPriceCents: netFromGross(rng, 180, 3800, 10) },
      ];
      if (rng.chance(0.55)) concepts.push({ claveProdServ: '90101501', ...service, descripcion: rng.pick(['Consumo de bebidas', 'Bebidas sin alcohol', 'Café y bebidas calientes']), quantityMilli: one(), unitPriceCents: netFromGross(rng, 60, 900, 5) });
      if (rng.chance(0.18)) concepts.push({ claveProdServ: '90101501', ...service, descripcion: 'Postres', quantityMilli: one(rng.int(1, 4)), unitPriceCents: netFromGross(rng, 75, 160, 5) });
      if (rng.chance(0.08)) concepts.push({ claveProdServ: '90101501', ...service, descripcion: 'Cargo por servicio de banquete', quantityMilli: one(), unitPriceCents: netFromGross(rng, 400, 2500, 50) });
      const first = concepts[0];
      if (first && rng.chance(0.07)) first.discountCents = Math.round(first.unitPriceCents * 0.1);
      return concepts;
    }
    case 'airline': {
      const origin = issuer.spec.airportCode ?? 'MEX';
      const destination = rng.pick(DOMESTIC_ROUTES.filter((code) => code !== origin));
      const route = rng.chance(0.5) ? `${origin}-${destination}` : `${destination}-${origin}`;
      const concepts: CfdiConceptInput[] = [
        { claveProdServ: '78111502', ...service, descripcion: `Transportación aérea nacional ${route}`, quantityMilli: one(), unitPriceCents: rng.int(95_000, 520_000) },
      ];
      if (rng.chance(0.4)) concepts.push({ claveProdServ: '78111502', ...service, descripcion: 'Cargo por equipaje documentado', quantityMilli: one(rng.int(1, 2)), unitPriceCents: netFromGross(rng, 450, 780, 10) });
      if (rng.chance(0.3)) concepts.push({ claveProdServ: '78111502', ...service, descripcion: 'Selección de asiento', quantityMilli: one(), unitPriceCents: netFromGross(rng, 180, 520, 10) });
      if (rng.chance(0.12)) concepts.push({ claveProdServ: '78111502', ...service, descripcion: 'Cargo por cambio de itinerario', quantityMilli: one(), unitPriceCents: netFromGross(rng, 900, 1800, 50) });
      return concepts;
    }
    case 'taxi': {
      const airport = issuer.spec.postalCode === '15620' || issuer.spec.postalCode === '66600';
      const description = airport
        ? rng.pick(['Servicio de taxi aeropuerto', 'Transporte terrestre aeropuerto-hotel', 'Servicio de taxi aeropuerto zona 3'])
        : rng.pick(['Servicio de taxi', 'Servicio de taxi', 'Transporte ejecutivo', 'Servicio de taxi por hora']);
      const concepts: CfdiConceptInput[] = [
        description === 'Servicio de taxi por hora'
          ? { claveProdServ: '78111804', claveUnidad: 'HUR', unidad: 'Hora', descripcion: description, quantityMilli: one(rng.int(2, 5)), unitPriceCents: netFromGross(rng, 280, 420, 10) }
          : { claveProdServ: '78111804', ...service, descripcion: description, quantityMilli: one(), unitPriceCents: netFromGross(rng, airport ? 290 : 95, airport ? 680 : 420, 5) },
      ];
      if (rng.chance(0.1)) concepts.push({ claveProdServ: '78111804', ...service, descripcion: 'Cargo por tiempo de espera', quantityMilli: one(), unitPriceCents: netFromGross(rng, 60, 200, 10) });
      return concepts;
    }
    case 'gas': {
      const fuel = rng.weightedEntries([
        [{ clave: '15101514', name: 'Gasolina Magna', min: 2015, max: 2095 }, 60],
        [{ clave: '15101515', name: 'Gasolina Premium', min: 2165, max: 2260 }, 30],
        [{ clave: '15101505', name: 'Diésel', min: 2130, max: 2225 }, 10],
      ] as const);
      const concepts: CfdiConceptInput[] = [
        { claveProdServ: fuel.clave, claveUnidad: 'LTR', unidad: 'Litro', descripcion: fuel.name, quantityMilli: rng.int(18_000, 58_000), unitPriceCents: rng.int(fuel.min, fuel.max) },
      ];
      if (rng.chance(0.12)) concepts.push({ claveProdServ: '15121501', claveUnidad: 'H87', unidad: 'Pieza', descripcion: 'Aceite para motor 1 L', quantityMilli: one(rng.int(1, 2)), unitPriceCents: netFromGross(rng, 160, 260, 5) });
      return concepts;
    }
    case 'carRental': {
      const days = rng.int(1, 6);
      const car = rng.weightedEntries([
        ['Renta de automóvil compacto', 45],
        ['Renta de automóvil intermedio', 35],
        ['Renta de camioneta SUV', 20],
      ] as const);
      const concepts: CfdiConceptInput[] = [
        { claveProdServ: '78111808', claveUnidad: 'DAY', unidad: 'Día', descripcion: car, quantityMilli: one(days), unitPriceCents: netFromGross(rng, 650, 1650, 10) },
      ];
      if (rng.chance(0.6)) concepts.push({ claveProdServ: '84131503', claveUnidad: 'DAY', unidad: 'Día', descripcion: 'Cobertura de protección total', quantityMilli: one(days), unitPriceCents: netFromGross(rng, 280, 460, 10) });
      if (rng.chance(0.2)) concepts.push({ claveProdServ: '78111808', claveUnidad: 'DAY', unidad: 'Día', descripcion: 'Cargo por conductor adicional', quantityMilli: one(days), unitPriceCents: netFromGross(rng, 120, 220, 10) });
      if (rng.chance(0.15)) concepts.push({ claveProdServ: '78111808', ...service, descripcion: 'Cargo por reabastecimiento de combustible', quantityMilli: one(), unitPriceCents: netFromGross(rng, 450, 1100, 10) });
      return concepts.slice(0, 4);
    }
  }
}

/** Local hour ranges (Mexico City) when each kind of business typically issues its invoice. */
const ISSUE_HOURS: Record<IssuerCategory, readonly [number, number]> = {
  hotel: [6, 13],
  restaurant: [8, 23],
  airline: [0, 23],
  taxi: [5, 23],
  gas: [6, 22],
  carRental: [7, 21],
};

/** A UTC instant within the window, weighted to weekdays and Mexican business hours. */
function sampleReceivedMs(rng: Rng, nowSecMs: number): number {
  const windowStart = nowSecMs - TAX_INVOICE_WINDOW_DAYS * DAY_MS + HOUR_MS;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const dayStart = startOfUtcDay(rng.float(windowStart, nowSecMs));
    const weekday = utcWeekday(dayStart);
    const weight = weekday === 0 ? 0.2 : weekday === 6 ? 0.3 : weekday === 1 ? 1.15 : 1;
    if (!rng.chance(weight / 1.15)) continue;
    const localHour = rng.weightedEntries([[rng.int(8, 13), 5], [rng.int(14, 19), 4], [rng.int(20, 23), 1], [rng.int(0, 7), 0.4]] as const);
    const ms = dayStart + localHour * HOUR_MS - MEXICO_CITY_OFFSET_MINUTES * MINUTE_MS + rng.int(0, 3599) * 1000;
    if (ms >= windowStart && ms <= nowSecMs - 5 * MINUTE_MS) return ms;
  }
  throw new Error('could not sample a reception time');
}

function sampleIssuedMs(rng: Rng, receivedMs: number, category: IssuerCategory): number {
  const [fromHour, toHour] = ISSUE_HOURS[category];
  const daysBefore = rng.weightedEntries([[0, 18], [1, 22], [2, 16], [3, 12], [rng.int(4, 7), 18], [rng.int(8, 20), 14]] as const);
  const receivedLocalDay = startOfUtcDay(receivedMs + MEXICO_CITY_OFFSET_MINUTES * MINUTE_MS);
  for (let shift = 0; shift < 5; shift++) {
    const localDay = receivedLocalDay - (daysBefore + shift) * DAY_MS;
    const localMs = localDay + rng.int(fromHour, toHour) * HOUR_MS + rng.int(0, 3599) * 1000;
    const utcMs = localMs - MEXICO_CITY_OFFSET_MINUTES * MINUTE_MS;
    if (utcMs <= receivedMs - HOUR_MS) return utcMs;
  }
  return receivedMs - rng.int(2, 30) * HOUR_MS;
}

interface Decision {
  status: TaxInvoiceStatus;
  comment: string;
}

function decisionsFor(rng: Rng, cashOver2000: boolean): Decision[] {
  const one = (status: TaxInvoiceStatus): Decision => ({
    status,
    comment:
      status === 'VALID'
        ? rng.pick(VALID_COMMENTS)
        : status === 'WARNG'
          ? cashOver2000 && rng.chance(0.7)
            ? 'Pago en efectivo mayor a $2,000.00: gasto no deducible'
            : rng.pick(WARNING_COMMENTS)
          : rng.pick(INVALID_COMMENTS),
  });
  if (rng.chance(0.27)) {
    const sequence = rng.weightedEntries([
      [['WARNG', 'VALID'], 40],
      [['VALID', 'INVLD'], 20],
      [['WARNG', 'INVLD'], 20],
      [['INVLD', 'VALID'], 20],
    ] as const);
    const [firstStatus, secondStatus] = sequence;
    if (firstStatus === 'INVLD' && secondStatus === 'VALID') {
      return [
        { status: 'INVLD', comment: 'UUID no encontrado en el SAT' },
        { status: 'VALID', comment: 'UUID localizado en el SAT en la revalidación; CFDI vigente' },
      ];
    }
    if (firstStatus === 'VALID' && secondStatus === 'INVLD') {
      return [one('VALID'), { status: 'INVLD', comment: 'CFDI cancelado ante el SAT después de la validación' }];
    }
    if (secondStatus === 'VALID') return [one(firstStatus), { status: 'VALID', comment: rng.pick(['Corrected after manual review', 'Revisado manualmente; se acepta', 'Aclaración recibida del emisor']) }];
    return [one(firstStatus), one(secondStatus)];
  }
  return [one(rng.weightedEntries([['VALID', 70], ['WARNG', 18], ['INVLD', 12]] as const))];
}

function buildHistory(rng: Rng, receivedMs: number, nowSecMs: number, cashOver2000: boolean): SeedTaxInvoiceEvent[] {
  const events: SeedTaxInvoiceEvent[] = [{ status: null, comment: '', at: formatDateTime(receivedMs) }];
  const ageMs = nowSecMs - receivedMs;
  // Older invoices are more likely to have been processed by the partner; about 40% overall.
  const pValidated = 0.24 + 0.32 * Math.min(1, ageMs / (TAX_INVOICE_WINDOW_DAYS * DAY_MS));
  if (ageMs < 20 * MINUTE_MS || !rng.chance(pValidated)) return events;
  let at = receivedMs;
  for (const decision of decisionsFor(rng, cashOver2000)) {
    const room = nowSecMs - at;
    if (room < 10 * MINUTE_MS) break;
    const wanted = rng.weightedEntries([[rng.int(2, 59) * MINUTE_MS, 4], [rng.int(1, 23) * HOUR_MS, 4], [rng.int(1, 6) * DAY_MS, 2]] as const);
    const gapSeconds = Math.max(60, Math.floor(Math.min(wanted + rng.int(0, 59) * 1000, room * 0.6) / 1000));
    at += gapSeconds * 1000;
    events.push({ status: decision.status, comment: decision.comment, at: formatDateTime(at) });
  }
  return events;
}

interface Skeleton {
  receivedMs: number;
  issuedMs: number;
  issuer: Issuer;
}

export function generateTaxInvoices(rng: Rng, ids: IdFactory, now: Date): SeedTaxInvoice[] {
  const nowSecMs = Math.floor(now.getTime() / 1000) * 1000;
  const issuers = makeIssuers(rng);
  const receivers = makeReceivers(rng);
  const pacs = [
    'SAT970701NN3',
    ...PAC_STEMS.map((stem) => makeRfc(rng, stem.letters, stem.date)),
  ];
  const satCertificates = [fakeCertificateNumber(rng), fakeCertificateNumber(rng), fakeCertificateNumber(rng)];
  const accountIds = [`MXVAL-${rng.digits(6)}`, `MXVAL-${rng.digits(6)}`, `MXVAL-${rng.digits(6)}`];

  const skeletons: Skeleton[] = [];
  for (let i = 0; i < TAX_INVOICE_COUNT; i++) {
    const category = rng.weightedEntries(CATEGORY_WEIGHTS);
    const issuer = rng.pick(issuers.filter((candidate) => candidate.spec.category === category));
    const receivedMs = sampleReceivedMs(rng, nowSecMs);
    skeletons.push({ receivedMs, issuedMs: sampleIssuedMs(rng, receivedMs, category), issuer });
  }

  // Folios increase with the issue date for each issuer (Serie + Folio).
  skeletons.sort((a, b) => a.issuedMs - b.issuedMs);
  const nextFolio = new Map<string, number>();
  const folios = skeletons.map((s) => {
    const current = nextFolio.get(s.issuer.rfc) ?? rng.int(1200, 98_000);
    nextFolio.set(s.issuer.rfc, current + rng.int(1, 240));
    return current;
  });

  // Concur ids: receipts get increasing numeric ids as they arrive; consecutive receipts often share a report.
  const order = skeletons.map((_, index) => index).sort((a, b) => (skeletons[a]?.receivedMs ?? 0) - (skeletons[b]?.receivedMs ?? 0));
  let receiptNumber = rng.int(1_200_000_000, 1_900_000_000);
  let documentId = rng.hexUpper(20);
  const usedUuids = new Set<string>();
  const invoices: SeedTaxInvoice[] = [];

  for (const index of order) {
    const skeleton = skeletons[index];
    const folio = folios[index];
    if (skeleton === undefined || folio === undefined) throw new Error('tax invoice skeleton missing');
    const { issuer } = skeleton;
    const usd = issuer.spec.usd === true && rng.chance(0.7);
    const concepts = conceptsFor(rng, issuer, usd);
    const totals = computeTotals(concepts);
    const metodoPago = (issuer.spec.category === 'hotel' || issuer.spec.category === 'airline') && rng.chance(0.08) ? 'PPD' : 'PUE';
    const formaPago =
      metodoPago === 'PPD'
        ? '99'
        : issuer.spec.person || issuer.spec.category === 'taxi'
          ? rng.weightedEntries([['01', 45], ['04', 35], ['28', 20]] as const)
          : rng.weightedEntries([['04', 64], ['28', 22], ['01', 8], ['03', 6]] as const);
    let uuid = uuidV4Upper(rng);
    while (usedUuids.has(uuid)) uuid = uuidV4Upper(rng);
    usedUuids.add(uuid);
    const sello = fakeSignature(rng);
    const timbradoMs = skeleton.issuedMs + rng.int(4, 2400) * 1000;
    const receiptData = buildCfdiXml({
      serie: issuer.spec.serie,
      folio: String(folio),
      fecha: formatDateTime(skeleton.issuedMs, MEXICO_CITY_OFFSET_MINUTES),
      formaPago,
      metodoPago,
      moneda: usd ? 'USD' : 'MXN',
      tipoCambio: usd ? `${rng.int(16, 20)}.${rng.digits(4)}` : undefined,
      issuer,
      receiver: rng.chance(0.85) ? (receivers[0] ?? rng.pick(receivers)) : rng.pick(receivers),
      concepts,
      uuid,
      fechaTimbrado: formatDateTime(Math.min(timbradoMs, skeleton.receivedMs - MINUTE_MS), MEXICO_CITY_OFFSET_MINUTES),
      rfcProvCertif: rng.weightedEntries(pacs.map((pac, i) => [pac, i === 0 ? 1 : 3] as const)),
      sello,
      noCertificadoSat: rng.pick(satCertificates),
      selloSat: fakeSignature(rng),
    });

    const history = buildHistory(rng, skeleton.receivedMs, nowSecMs, formaPago === '01' && !usd && totals.totalCents > 200_000);
    const last = history[history.length - 1];
    if (last === undefined) throw new Error('empty tax invoice history');
    receiptNumber += rng.int(3, 9_000);
    if (rng.chance(0.55)) documentId = rng.hexUpper(20);
    invoices.push({
      id: ids.next(),
      concurReceiptId: String(receiptNumber),
      accountId: rng.chance(0.8) ? 'NOACCTID' : rng.pick(accountIds),
      documentId,
      receiptData,
      history,
      modifiedAt: last.at,
    });
  }
  if (invoices.length < MIN_TAX_INVOICES) throw new Error(`only ${invoices.length} tax invoices generated`);
  return invoices;
}
