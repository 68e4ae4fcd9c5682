/**
 * Purchase orders (Concur Invoice) with their line items and goods receipts (Concur Receiving).
 * Vendors are fictional. Numbers follow `PO-<year>-<6 digits>`, restarting each year, in order of PO date.
 */
import type { PoReceiptType, SeedPoLine, SeedPoReceipt, SeedPurchaseOrder } from './types';
import type { IdFactory, Rng } from './random';
import { DAY_MS, formatDate, startOfUtcDay, utcWeekday } from './date-utils';

export const MIN_PURCHASE_ORDERS = 210;
const PURCHASE_ORDER_COUNT = 228;
/** POs were raised within this many days before `now`. */
const PO_WINDOW_DAYS = 420;
/** Receipts were recorded within this many days before `now` (today excluded). */
export const RECEIPT_WINDOW_DAYS = 90;
export const MAX_UOM_LENGTH = 9; // Concur rejects unit-of-measure codes of 10+ characters (error 1005)

type Category = 'office' | 'it' | 'lab' | 'catering' | 'mro' | 'facilities' | 'print' | 'safety' | 'software' | 'janitorial';
type Currency = 'USD' | 'MXN' | 'EUR';

interface Vendor {
  name: string;
  currency: Currency;
  categories: readonly Category[];
  weight: number;
}

const VENDORS: readonly Vendor[] = [
  { name: 'Northwind Office Supply Co.', currency: 'USD', categories: ['office'], weight: 7 },
  { name: 'Summit Technology Solutions LLC', currency: 'USD', categories: ['it'], weight: 7 },
  { name: 'Pacific Lab Supply Inc.', currency: 'USD', categories: ['lab'], weight: 6 },
  { name: 'BlueRidge Scientific', currency: 'USD', categories: ['lab', 'safety'], weight: 4 },
  { name: 'Metro Catering & Events', currency: 'USD', categories: ['catering'], weight: 5 },
  { name: 'Atlas Industrial Supply', currency: 'USD', categories: ['mro', 'safety'], weight: 5 },
  { name: 'Keystone Facility Services', currency: 'USD', categories: ['facilities'], weight: 4 },
  { name: 'Crestline Print & Marketing', currency: 'USD', categories: ['print'], weight: 3 },
  { name: 'Harbor Safety Products', currency: 'USD', categories: ['safety'], weight: 3 },
  { name: 'Vertex Cloud Software Inc.', currency: 'USD', categories: ['software'], weight: 3 },
  { name: 'Greenleaf Janitorial Supply', currency: 'USD', categories: ['janitorial'], weight: 3 },
  { name: 'Lakeshore Computer Outlet', currency: 'USD', categories: ['it', 'office'], weight: 3 },
  { name: 'Papelería y Suministros del Bajío SA de CV', currency: 'MXN', categories: ['office'], weight: 4 },
  { name: 'Soluciones Informáticas Regiomontanas SA de CV', currency: 'MXN', categories: ['it'], weight: 4 },
  { name: 'Reactivos y Material de Laboratorio SA de CV', currency: 'MXN', categories: ['lab'], weight: 3 },
  { name: 'Banquetes Santa Fe SA de CV', currency: 'MXN', categories: ['catering'], weight: 2 },
  { name: 'Büro Direkt GmbH', currency: 'EUR', categories: ['office'], weight: 3 },
  { name: 'Rheinland IT-Systeme GmbH', currency: 'EUR', categories: ['it'], weight: 3 },
  { name: 'LabServ Europe B.V.', currency: 'EUR', categories: ['lab'], weight: 3 },
  { name: 'Traiteur Saint-Honoré SARL', currency: 'EUR', categories: ['catering'], weight: 2 },
  { name: 'Industria Meccanica Lombarda S.r.l.', currency: 'EUR', categories: ['mro'], weight: 2 },
];

interface Item {
  description: string;
  es?: string; // Spanish description used by Mexican vendors
  uom: string;
  kind: 'goods' | 'service';
  min: number;
  max: number;
  /** Quantities may have a fractional part (weights, volumes, hours). */
  fractional?: boolean;
}

const CATALOG: Record<Category, readonly Item[]> = {
  office: [
    { description: 'Copy paper, letter, 20 lb, 10 reams/case', es: 'Papel bond carta 75 g, caja con 10 paquetes', uom: 'CS', kind: 'goods', min: 2, max: 40 },
    { description: 'Ballpoint pens, black, medium point', es: 'Bolígrafo punto mediano negro', uom: 'DZ', kind: 'goods', min: 2, max: 20 },
    { description: 'Sticky notes 3x3 in, assorted colors', es: 'Notas adhesivas 3x3 colores surtidos', uom: 'PK', kind: 'goods', min: 4, max: 30 },
    { description: 'Black toner cartridge, high yield', es: 'Tóner negro alto rendimiento', uom: 'EA', kind: 'goods', min: 1, max: 12 },
    { description: 'Hanging file folders, letter, 25/box', es: 'Folders colgantes tamaño carta, caja con 25', uom: 'BX', kind: 'goods', min: 1, max: 15 },
    { description: 'Ergonomic mesh task chair', es: 'Silla ergonómica de malla', uom: 'EA', kind: 'goods', min: 1, max: 12 },
    { description: 'Dry-erase markers, 4-color set', es: 'Marcadores para pizarrón blanco, juego de 4', uom: 'PK', kind: 'goods', min: 2, max: 25 },
    { description: 'Shipping labels 2x4 in, 1000/box', es: 'Etiquetas para envío 2x4, caja con 1000', uom: 'BX', kind: 'goods', min: 1, max: 6 },
  ],
  it: [
    { description: '14" business laptop, 32 GB RAM, 1 TB SSD', es: 'Laptop empresarial 14", 32 GB RAM, SSD 1 TB', uom: 'EA', kind: 'goods', min: 1, max: 25 },
    { description: '27" 4K USB-C monitor', es: 'Monitor 27" 4K con USB-C', uom: 'EA', kind: 'goods', min: 1, max: 30 },
    { description: 'USB-C docking station, dual display', es: 'Estación de acoplamiento USB-C', uom: 'EA', kind: 'goods', min: 1, max: 30 },
    { description: 'Wireless keyboard and mouse set', es: 'Juego de teclado y mouse inalámbricos', uom: 'EA', kind: 'goods', min: 2, max: 40 },
    { description: 'Cat6 patch cable, 3 ft, blue', es: 'Cable de parcheo Cat6 1 m azul', uom: 'EA', kind: 'goods', min: 10, max: 200 },
    { description: '48-port PoE+ network switch', es: 'Switch de red 48 puertos PoE+', uom: 'EA', kind: 'goods', min: 1, max: 4 },
    { description: 'Laptop imaging and deployment services', es: 'Servicio de configuración e instalación de equipos', uom: 'HR', kind: 'service', min: 4, max: 60, fractional: true },
    { description: 'Extended hardware warranty, 3 years', es: 'Garantía extendida de 3 años', uom: 'EA', kind: 'service', min: 1, max: 25 },
    { description: 'On-site structured cabling installation', es: 'Instalación de cableado estructurado en sitio', uom: 'HR', kind: 'service', min: 8, max: 80, fractional: true },
  ],
  lab: [
    { description: 'Nitrile exam gloves, size M, 100/box', es: 'Guantes de nitrilo talla M, caja con 100', uom: 'BX', kind: 'goods', min: 5, max: 60 },
    { description: 'Pipette tips 200 uL, racked, sterile', es: 'Puntas para micropipeta 200 uL estériles', uom: 'BX', kind: 'goods', min: 2, max: 40 },
    { description: 'Ethanol, 200 proof, ACS grade', es: 'Etanol absoluto grado reactivo', uom: 'L', kind: 'goods', min: 2, max: 40, fractional: true },
    { description: 'Sodium chloride, ACS reagent', es: 'Cloruro de sodio grado reactivo ACS', uom: 'KG', kind: 'goods', min: 1, max: 25, fractional: true },
    { description: 'Conical centrifuge tubes 50 mL, 500/case', es: 'Tubos cónicos para centrífuga 50 mL, caja con 500', uom: 'CS', kind: 'goods', min: 1, max: 10 },
    { description: 'Dry ice pellets', es: 'Hielo seco en pellets', uom: 'LB', kind: 'goods', min: 10, max: 120, fractional: true },
    { description: 'Agarose, molecular biology grade', es: 'Agarosa grado biología molecular', uom: 'KG', kind: 'goods', min: 1, max: 5, fractional: true },
    { description: 'Analytical balance calibration service', es: 'Servicio de calibración de balanzas analíticas', uom: 'EA', kind: 'service', min: 1, max: 6 },
    { description: 'Liquid nitrogen dewar refill', es: 'Recarga de nitrógeno líquido', uom: 'L', kind: 'goods', min: 50, max: 240, fractional: true },
  ],
  catering: [
    { description: 'Working lunch buffet, 25 guests', es: 'Comida tipo buffet para 25 personas', uom: 'EA', kind: 'service', min: 1, max: 4 },
    { description: 'Morning coffee service', es: 'Servicio de café matutino', uom: 'EA', kind: 'service', min: 1, max: 10 },
    { description: 'Boxed lunches, assorted', es: 'Lunch empacado surtido', uom: 'DZ', kind: 'goods', min: 1, max: 12 },
    { description: 'Pastry platter', es: 'Charola de pan dulce', uom: 'DZ', kind: 'goods', min: 1, max: 8 },
    { description: 'Bottled water 500 mL, 24/case', es: 'Agua embotellada 500 mL, caja con 24', uom: 'CS', kind: 'goods', min: 2, max: 30 },
    { description: 'Event wait staff', es: 'Meseros para evento', uom: 'HR', kind: 'service', min: 4, max: 40, fractional: true },
  ],
  mro: [
    { description: 'Hex bolts M8x40, zinc plated, 100/box', uom: 'BX', kind: 'goods', min: 1, max: 20 },
    { description: 'Hydraulic oil ISO VG 46', uom: 'L', kind: 'goods', min: 20, max: 200, fractional: true },
    { description: 'Deep groove ball bearing 6205-2RS', uom: 'EA', kind: 'goods', min: 4, max: 60 },
    { description: 'MIG welding wire ER70S-6, 0.9 mm', uom: 'KG', kind: 'goods', min: 5, max: 60, fractional: true },
    { description: 'Cut-resistant work gloves', uom: 'DZ', kind: 'goods', min: 1, max: 15 },
    { description: 'Preventive maintenance visit', uom: 'HR', kind: 'service', min: 4, max: 24, fractional: true },
  ],
  facilities: [
    { description: 'Monthly janitorial service', uom: 'MO', kind: 'service', min: 1, max: 12 },
    { description: 'HVAC filter replacement, MERV 13', uom: 'EA', kind: 'goods', min: 6, max: 80 },
    { description: 'Pest control service', uom: 'MO', kind: 'service', min: 1, max: 12 },
    { description: 'Landscape maintenance', uom: 'MO', kind: 'service', min: 1, max: 12 },
    { description: 'Electrician labor', uom: 'HR', kind: 'service', min: 2, max: 40, fractional: true },
  ],
  print: [
    { description: 'Business cards, 500/box', uom: 'BX', kind: 'goods', min: 1, max: 30 },
    { description: 'Trade show banner 3x6 ft', uom: 'EA', kind: 'goods', min: 1, max: 6 },
    { description: 'Tri-fold brochures, glossy, full color', uom: 'EA', kind: 'goods', min: 500, max: 5000 },
    { description: 'Graphic design services', uom: 'HR', kind: 'service', min: 2, max: 30, fractional: true },
  ],
  safety: [
    { description: 'Safety glasses, clear, anti-fog', uom: 'DZ', kind: 'goods', min: 1, max: 20 },
    { description: 'Hard hat, type I, class E', uom: 'EA', kind: 'goods', min: 5, max: 50 },
    { description: 'Hi-vis safety vest, class 2', uom: 'EA', kind: 'goods', min: 5, max: 60 },
    { description: 'First aid kit refill', uom: 'EA', kind: 'goods', min: 1, max: 12 },
    { description: 'Foam ear plugs, 200 pairs/box', uom: 'BX', kind: 'goods', min: 1, max: 10 },
  ],
  software: [
    { description: 'Project management SaaS, annual subscription', uom: 'EA', kind: 'service', min: 10, max: 250 },
    { description: 'Implementation services', uom: 'HR', kind: 'service', min: 10, max: 120, fractional: true },
    { description: 'Premium support plan', uom: 'MO', kind: 'service', min: 3, max: 12 },
  ],
  janitorial: [
    { description: 'Multifold paper towels, 4000/case', uom: 'CS', kind: 'goods', min: 2, max: 30 },
    { description: 'Foaming hand soap refill, 1 L', uom: 'EA', kind: 'goods', min: 6, max: 48 },
    { description: 'Trash can liners 40 gal, 100/case', uom: 'CS', kind: 'goods', min: 2, max: 20 },
    { description: 'Neutral floor cleaner concentrate', uom: 'L', kind: 'goods', min: 4, max: 40, fractional: true },
  ],
};

/** Quantities in hundredths → decimal string without trailing zeros ('12', '2.5', '0.75'). */
function formatQty(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  if (frac === 0) return String(whole);
  return `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

function orderedQuantity(rng: Rng, item: Item): number {
  let units = rng.int(item.min, item.max);
  if (units > 100) units = Math.round(units / 50) * 50 || 50; // 500, 1000, 2500 ...
  const frac = item.fractional && rng.chance(0.35) ? rng.pick([25, 50, 50, 75]) : 0;
  return units * 100 + frac;
}

interface LineState {
  line: SeedPoLine;
  remaining: number; // hundredths, WQTY only
  done: boolean;
}

interface DraftReceipt {
  lineExternalId: string;
  unitOfMeasureCode: string;
  receivedQuantity: string;
  deliveryKey: string;
  dayMs: number;
}

export function generatePurchaseOrders(rng: Rng, ids: IdFactory, now: Date): SeedPurchaseOrder[] {
  const today = startOfUtcDay(now.getTime());
  const vendors = VENDORS.map((v) => ({ value: v, weight: v.weight }));

  // PO dates: business days mostly.
  const dates: number[] = [];
  while (dates.length < PURCHASE_ORDER_COUNT) {
    const day = today - rng.int(1, PO_WINDOW_DAYS) * DAY_MS;
    const weekday = utcWeekday(day);
    if (rng.chance(weekday === 0 || weekday === 6 ? 0.08 : 1)) dates.push(day);
  }
  dates.sort((a, b) => a - b);

  const sequenceByYear = new Map<number, number>();
  const orders: SeedPurchaseOrder[] = [];
  const receiptDrafts: { order: SeedPurchaseOrder; draft: DraftReceipt }[] = [];

  for (const poDay of dates) {
    const year = new Date(poDay).getUTCFullYear();
    const sequence = (sequenceByYear.get(year) ?? 0) + (rng.chance(0.8) || !sequenceByYear.has(year) ? 1 : rng.int(2, 5));
    sequenceByYear.set(year, sequence);
    const vendor = rng.weighted(vendors);
    const spanish = vendor.currency === 'MXN';

    const lineCount = rng.weightedEntries([[1, 18], [2, 20], [3, 18], [4, 14], [5, 11], [6, 8], [7, 6], [8, 5]] as const);
    const items = vendor.categories.flatMap((c) => CATALOG[c]);
    const chosen = lineCount <= items.length ? rng.sample(items, lineCount) : Array.from({ length: lineCount }, () => rng.pick(items));
    const states: LineState[] = chosen.map((item, index) => {
      const receiptType: PoReceiptType = item.kind === 'goods' && rng.chance(0.6) ? 'WQTY' : 'WAMT';
      const quantity = orderedQuantity(rng, item);
      return {
        line: {
          externalId: String(index + 1).padStart(4, '0'),
          description: spanish && item.es !== undefined ? item.es : item.description,
          receiptType,
          quantity: formatQty(quantity),
          unitOfMeasureCode: item.uom,
        },
        remaining: quantity,
        done: false,
      };
    });

    const order: SeedPurchaseOrder = {
      number: `PO-${year}-${String(sequence).padStart(6, '0')}`,
      vendorName: vendor.name,
      currency: vendor.currency,
      lines: states.map((s) => s.line),
      receipts: [],
    };
    orders.push(order);

    // Goods receipts for about 35% of the POs (only those old enough to have been delivered).
    const ageDays = Math.round((today - poDay) / DAY_MS);
    if (ageDays < 4 || !rng.chance(0.31)) continue;
    const receiptCount = rng.weightedEntries([[1, 55], [2, 30], [3, 15]] as const);
    const earliest = Math.max(poDay + 3 * DAY_MS, today - (RECEIPT_WINDOW_DAYS - 1) * DAY_MS);
    let deliveryDay = earliest + rng.int(0, Math.max(0, Math.round((today - DAY_MS - earliest) / DAY_MS) - 6)) * DAY_MS;
    let deliveryKey = `${order.number}#1`;
    let deliveries = 1;
    let linesInDelivery = new Set<string>();
    for (let r = 0; r < receiptCount; r++) {
      const open = states.filter((s) => !s.done);
      if (open.length === 0) break;
      const state = rng.pick(open);
      // A new delivery when the same line is received again, or at random; otherwise same truck, same slip.
      if (r > 0 && (linesInDelivery.has(state.line.externalId) || rng.chance(0.45))) {
        const nextDay = deliveryDay + rng.int(1, 14) * DAY_MS;
        if (nextDay > today - DAY_MS) break;
        deliveryDay = nextDay;
        deliveries += 1;
        deliveryKey = `${order.number}#${deliveries}`;
        linesInDelivery = new Set<string>();
      }
      linesInDelivery.add(state.line.externalId);
      let receivedQuantity = '';
      if (state.line.receiptType === 'WQTY') {
        const partial = rng.chance(0.3) && state.remaining >= 200;
        const amount = partial ? Math.max(100, Math.round(state.remaining / 200) * 100) : state.remaining;
        state.remaining -= amount;
        state.done = state.remaining <= 0;
        receivedQuantity = formatQty(amount);
      } else {
        state.done = true;
      }
      receiptDrafts.push({
        order,
        draft: { lineExternalId: state.line.externalId, unitOfMeasureCode: state.line.unitOfMeasureCode, receivedQuantity, deliveryKey, dayMs: deliveryDay },
      });
    }
  }

  // Goods receipt / delivery slip numbers increase with the delivery date.
  receiptDrafts.sort((a, b) => a.draft.dayMs - b.draft.dayMs);
  let goodsReceiptNumber = rng.int(100_120, 100_480);
  let slipNumber = rng.int(410_000, 480_000);
  const numbersByDelivery = new Map<string, { gr: string; ds: string }>();
  for (const { order, draft } of receiptDrafts) {
    let numbers = numbersByDelivery.get(draft.deliveryKey);
    if (numbers === undefined) {
      goodsReceiptNumber += rng.int(1, 9);
      slipNumber += rng.int(3, 400);
      numbers = { gr: `GR-${goodsReceiptNumber}`, ds: `DS-${slipNumber}` };
      numbersByDelivery.set(draft.deliveryKey, numbers);
    }
    const ageDays = (today - draft.dayMs) / DAY_MS;
    const receipt: SeedPoReceipt = {
      id: ids.next(),
      lineExternalId: draft.lineExternalId,
      goodsReceiptNumber: numbers.gr,
      deliverySlipNumber: numbers.ds,
      receivedDate: formatDate(draft.dayMs),
      receivedQuantity: draft.receivedQuantity,
      isReceived: rng.chance(0.92) ? 'Y' : 'N',
      unitOfMeasureCode: draft.unitOfMeasureCode,
      // Older receipts are more likely to have been matched to an invoice / payment request already.
      linkedToPaymentRequest: rng.chance(0.08 + 0.3 * Math.min(1, ageDays / RECEIPT_WINDOW_DAYS)),
    };
    order.receipts.push(receipt);
  }
  for (const order of orders) {
    order.receipts.sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.lineExternalId.localeCompare(b.lineExternalId));
  }
  if (orders.length < MIN_PURCHASE_ORDERS) throw new Error(`only ${orders.length} purchase orders generated`);
  return orders;
}
