import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../context';
import { SCOPES } from '../users';
import { sendConcur, sendEmpty } from '../lib/respond';
import { newConcurId } from '../lib/ids';
import type { RequireScope } from './guard';
import { API_BASE, RequestProblem, countWrite, handled, readObjectBody, readSingle } from './common';
import {
  RECEIPT_ERRORS, RECEIPT_TEXT_FIELDS, checkReceiptShape, checkReceiptValues, fieldCode, isVersionOne,
  type PoLine, type ReceiptFailure, type ReceiptInput,
} from './po-receipt-rules';

const PATH = 'invoice/purchaseorderreceipts';
const MAX_RETURNED = 2000;

interface ReceiptRow {
  id: string;
  po_number: string;
  line_external_id: string;
  goods_receipt_number: string;
  delivery_slip_number: string;
  received_date: string;
  received_quantity: string;
  is_received: string;
  uom: string;
  version: string;
  deleted: string;
  custom: string;
  linked_to_payment_request: number;
}

function receiptUri(ctx: SandboxContext, row: ReceiptRow): string {
  const url = new URL(`${ctx.baseUrl()}${API_BASE}/${PATH}`);
  url.searchParams.set('purchaseOrderNumber', row.po_number);
  if (row.goods_receipt_number) url.searchParams.set('goodsReceiptNumber', row.goods_receipt_number);
  url.searchParams.set('lineItemExternalID', row.line_external_id);
  return url.toString();
}

function toApi(ctx: SandboxContext, row: ReceiptRow) {
  const custom = JSON.parse(row.custom) as Record<string, string>;
  return {
    ID: row.id,
    URI: receiptUri(ctx, row),
    PurchaseOrderNumber: row.po_number,
    LineItemExternalID: row.line_external_id,
    IsReceived: row.is_received,
    ReceivedQuantity: row.received_quantity,
    ReceivedDate: row.received_date,
    GoodsReceiptNumber: row.goods_receipt_number,
    DeliverySlipNumber: row.delivery_slip_number,
    UnitOfMeasureCode: row.uom,
    Deleted: row.deleted,
    Version: row.version,
    ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`Custom${i + 1}`, custom[`Custom${i + 1}`] ?? ''])),
  };
}

/** Results go out as HTTP 200 either way; `Status: FAILURE` carries the reason. (Concur's XML root is <Error> for both.) */
function sendResult(request: FastifyRequest, reply: FastifyReply, input: ReceiptInput, failure?: ReceiptFailure) {
  const base = { PurchaseOrderNumber: input.PurchaseOrderNumber ?? '', LineItemExternalID: input.LineItemExternalID ?? '' };
  const body = failure
    ? {
        Status: 'FAILURE',
        Message: failure.detail ?? RECEIPT_ERRORS[failure.code],
        ErrorCode: failure.code,
        ErrorMessage: RECEIPT_ERRORS[failure.code],
        FieldCode: fieldCode(failure.field),
        ...base,
      }
    : { Status: 'SUCCESS', Message: 'The purchase order receipt was saved.', ...base };
  return sendConcur(request, reply, 200, body, 'Error');
}

export function registerPoReceipts(app: FastifyInstance, ctx: SandboxContext, requireScope: RequireScope): void {
  const guard = requireScope(SCOPES.poReceipts);
  const poExists = ctx.db.prepare('SELECT 1 FROM purchase_orders WHERE number = ?');
  const findLine = ctx.db.prepare('SELECT receipt_type FROM po_lines WHERE po_number = ? AND external_id = ?');
  const findSame = ctx.db.prepare(
    "SELECT * FROM po_receipts WHERE po_number = ? AND line_external_id = ? AND goods_receipt_number = ? AND deleted = 'false'",
  );
  const insert = ctx.db.prepare(
    `INSERT INTO po_receipts (id, po_number, line_external_id, goods_receipt_number, delivery_slip_number, received_date,
       received_quantity, is_received, uom, version, deleted, custom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = ctx.db.prepare(
    `UPDATE po_receipts SET delivery_slip_number = ?, received_date = ?, received_quantity = ?, is_received = ?, uom = ?,
       version = ?, deleted = ?, custom = ? WHERE id = ?`,
  );
  const softDelete = ctx.db.prepare("UPDATE po_receipts SET deleted = 'true' WHERE id = ?");

  /** PUT and POST take the same body and both create or update the receipt for (PO, line, goods receipt number). */
  const save = handled(async (request, reply) => {
    const body = readObjectBody(request, 'PurchaseOrderReceipt');
    const shape = checkReceiptShape(body);
    const partial = 'input' in shape ? shape.input : {};
    countWrite(ctx, request, PATH, `${partial.PurchaseOrderNumber ?? ''}|${partial.LineItemExternalID ?? ''}`);
    if (!('input' in shape)) return sendResult(request, reply, partial, shape);
    const input = shape.input;
    const po = input.PurchaseOrderNumber?.trim() ?? '';
    const lineId = input.LineItemExternalID?.trim() ?? '';
    const line = po && lineId ? (findLine.get(po, lineId) as PoLine | undefined) : undefined;
    const failure = checkReceiptValues(input, line, po !== '' && poExists.get(po) !== undefined);
    if (failure) return sendResult(request, reply, input, failure);

    const grn = input.GoodsReceiptNumber?.trim() ?? '';
    const custom: Record<string, string> = {};
    for (const field of RECEIPT_TEXT_FIELDS) if (field.startsWith('Custom') && input[field]) custom[field] = input[field] as string;
    const values = {
      slip: input.DeliverySlipNumber?.trim() ?? '',
      date: (input.ReceivedDate ?? '').slice(0, 10),
      quantity: input.ReceivedQuantity ?? '',
      received: (input.IsReceived ?? '').toUpperCase(),
      uom: input.UnitOfMeasureCode?.trim() ?? '',
      version: isVersionOne(input.Version) ? '1.0' : '2.0',
      deleted: input.Deleted ?? 'false',
      custom: JSON.stringify(custom),
    };
    const existing = findSame.get(po, lineId, grn) as ReceiptRow | undefined;
    if (existing) {
      update.run(values.slip, values.date, values.quantity, values.received, values.uom, values.version, values.deleted, values.custom, existing.id);
    } else {
      insert.run(newConcurId(), po, lineId, grn, values.slip, values.date, values.quantity, values.received, values.uom, values.version,
        values.deleted, values.custom);
    }
    return sendResult(request, reply, { ...input, PurchaseOrderNumber: po, LineItemExternalID: lineId });
  });
  app.put(`${API_BASE}/${PATH}`, { preHandler: guard }, save);
  app.post(`${API_BASE}/${PATH}`, { preHandler: guard }, save);

  function findMatching(query: Record<string, unknown>): ReceiptRow[] {
    const po = readSingle(query, 'purchaseOrderNumber')?.trim() ?? '';
    const grn = readSingle(query, 'goodsReceiptNumber')?.trim() ?? '';
    const line = readSingle(query, 'lineItemExternalID')?.trim() ?? '';
    if (po === '' && grn === '') {
      throw new RequestProblem(400, 'Give purchaseOrderNumber or goodsReceiptNumber (lineItemExternalID cannot be used alone).');
    }
    const where = ["deleted = 'false'"];
    const values: string[] = [];
    const filters: [string, string][] = [['po_number', po], ['goods_receipt_number', grn], ['line_external_id', line]];
    for (const [column, value] of filters) {
      if (value === '') continue;
      where.push(`${column} = ?`);
      values.push(value);
    }
    return ctx.db.prepare(`SELECT * FROM po_receipts WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`).all(...values, MAX_RETURNED + 1) as ReceiptRow[];
  }

  app.get(`${API_BASE}/${PATH}`, { preHandler: guard }, handled(async (request, reply) => {
    const rows = findMatching(request.query as Record<string, unknown>);
    return sendConcur(request, reply, 200, {
      Items: rows.slice(0, MAX_RETURNED).map((row) => toApi(ctx, row)),
      NextPage: null,
      TotalCount: Math.min(rows.length, MAX_RETURNED),
      Info: `At most ${MAX_RETURNED} receipts are returned.`,
    }, 'ReceiptsCollection', { Items: 'PurchaseOrderReceipt' });
  }));

  app.delete(`${API_BASE}/${PATH}`, { preHandler: guard }, handled(async (request, reply) => {
    const rows = findMatching(request.query as Record<string, unknown>);
    const first = rows[0];
    if (!first) throw new RequestProblem(404, 'No purchase order receipt matches these parameters.');
    countWrite(ctx, request, PATH, `${first.po_number}|${first.line_external_id}`);
    if (rows.length > 1) {
      throw new RequestProblem(400, `${rows.length} receipts match; add goodsReceiptNumber and lineItemExternalID to delete exactly one.`);
    }
    if (first.linked_to_payment_request) {
      throw new RequestProblem(400, 'This receipt is linked to a payment request and cannot be deleted.');
    }
    softDelete.run(first.id);
    return sendEmpty(reply);
  }));
}
