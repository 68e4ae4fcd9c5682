import { poReceiptsEn } from '../../../i18n/messages/po-receipts.en';
import { poReceiptsEsMx } from '../../../i18n/messages/po-receipts.es-mx';
import { CONCUR_NAMES, RECEIPT_FIELDS, emptyReceiptText, type ReceiptField, type ReceiptText } from './receipt-fields';

/** `Número de OC` → `numerodeoc`: headers match whatever their case, accents, spaces or punctuation. */
const normalise = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const EXTRA_NAMES: Partial<Record<ReceiptField, string[]>> = {
  purchaseOrderNumber: ['po', 'ponumber', 'purchaseorder', 'oc', 'ordendecompra'],
  lineItemExternalId: ['line', 'lineid', 'linenumber', 'lineitem', 'linea', 'partida'],
  receivedDate: ['date', 'fecha', 'receiptdate'],
  receivedQuantity: ['quantity', 'qty', 'cantidad'],
  unitOfMeasureCode: ['uom', 'unit', 'unidad'],
  isReceived: ['received', 'recibido'],
  goodsReceiptNumber: ['grn', 'goodsreceipt', 'receiptnumber'],
  deliverySlipNumber: ['deliveryslip', 'slip', 'remision'],
};

function namesOf(field: ReceiptField): string[] {
  const custom = /^custom(\d+)$/.exec(field);
  const labels = custom
    ? [`${poReceiptsEn['poReceipts.field.custom'].replace('{number}', custom[1] ?? '')}`, poReceiptsEsMx['poReceipts.field.custom'].replace('{number}', custom[1] ?? '')]
    : [poReceiptsEn[`poReceipts.field.${field as 'purchaseOrderNumber'}`], poReceiptsEsMx[`poReceipts.field.${field as 'purchaseOrderNumber'}`]];
  return [CONCUR_NAMES[field], ...labels, ...(EXTRA_NAMES[field] ?? [])].map(normalise);
}

const FIELD_BY_NAME = new Map(RECEIPT_FIELDS.flatMap((field) => namesOf(field).map((name) => [name, field] as const)));

export interface ReadRows {
  rows: ReceiptText[];
  /** Header cells that name no receipt field, left out. */
  ignored: string[];
}

/**
 * Table cells → receipts. A first row whose cells are mostly field names is a header and decides the columns;
 * without one, columns follow the form's order (PO number, line, date, quantity, unit, received, goods receipt, slip, version).
 */
export function readRows(table: string[][]): ReadRows {
  const [first = [], ...rest] = table;
  const named = first.map((cell) => FIELD_BY_NAME.get(normalise(cell)));
  const filled = first.filter((cell) => cell.trim() !== '').length;
  const hits = named.filter((field) => field !== undefined).length;
  const hasHeader = hits >= 2 && hits * 2 >= filled;
  const columns: (ReceiptField | undefined)[] = hasHeader ? named : [...RECEIPT_FIELDS];
  const ignored = hasHeader ? first.filter((cell, index) => cell.trim() !== '' && named[index] === undefined) : [];
  const rows = (hasHeader ? rest : table).map((cells) => {
    const text = emptyReceiptText({ version: '' });
    cells.forEach((cell, index) => {
      const field = columns[index];
      if (field) text[field] = cell.trim();
    });
    if (text.version === '') text.version = '2.0';
    return text;
  });
  return { rows, ignored };
}
