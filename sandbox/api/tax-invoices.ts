import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';
import { SCOPES } from '../users';
import { sendConcur, sendEmpty } from '../lib/respond';
import { parseUtcDateTime, toConcurDateTime } from '../lib/time';
import type { RequireScope } from './guard';
import { API_BASE, ID_PATTERN, RequestProblem, countWrite, handled, itemUri, nextPageUrl, readLimit, readObjectBody, readSingle } from './common';

const PATH = 'expense/digitaltaxinvoices';
const XML_ITEMS = { Items: 'DigitalTaxInvoice' };
export const TAX_INVOICE_STATUSES = ['VALID', 'INVLD', 'WARNG'] as const;
const MAX_COMMENT = 2000;

interface TaxInvoiceRow {
  seq: number;
  id: string;
  concur_receipt_id: string;
  account_id: string;
  document_id: string;
  receipt_data: string;
  status: string | null;
  comment: string;
  modified_at: string;
}

export function registerTaxInvoices(app: FastifyInstance, ctx: SandboxContext, requireScope: RequireScope): void {
  const listAll = ctx.db.prepare('SELECT seq, id, concur_receipt_id FROM tax_invoices WHERE seq > ? ORDER BY seq LIMIT ?');
  const listModified = ctx.db.prepare(
    'SELECT seq, id, concur_receipt_id FROM tax_invoices WHERE modified_at > ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  const byId = ctx.db.prepare('SELECT * FROM tax_invoices WHERE id = ?');
  const update = ctx.db.prepare('UPDATE tax_invoices SET status = ?, comment = ?, modified_at = ? WHERE id = ?');
  const addEvent = ctx.db.prepare('INSERT INTO tax_invoice_events (invoice_id, status, comment, at) VALUES (?, ?, ?, ?)');
  const guard = requireScope(SCOPES.taxInvoices);

  const findOr404 = (id: string) => {
    const row = ID_PATTERN.test(id) ? (byId.get(id) as TaxInvoiceRow | undefined) : undefined;
    if (!row) throw new RequestProblem(404, `No digital tax invoice has the id "${id}".`);
    return row;
  };

  app.get(`${API_BASE}/${PATH}`, { preHandler: guard }, handled(async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const limit = readLimit(query);
    const modifiedAfterRaw = readSingle(query, 'modifiedafter');
    let modifiedAfter: string | undefined;
    if (modifiedAfterRaw !== undefined && modifiedAfterRaw !== '') {
      const date = parseUtcDateTime(modifiedAfterRaw);
      if (!date) throw new RequestProblem(400, 'The modifiedafter parameter must be a UTC date-time such as 2026-01-31T14:00:00.');
      modifiedAfter = toConcurDateTime(date);
    }
    const scope = `${PATH}|${modifiedAfter ?? ''}`;
    const offset = readSingle(query, 'offset');
    const after = offset ? ctx.cursors.decode(scope, offset) : 0;
    if (after === undefined) throw new RequestProblem(400, 'The offset parameter is not valid. Use the NextPage URL of the previous page.');
    const rows = (modifiedAfter ? listModified.all(modifiedAfter, after, limit + 1) : listAll.all(after, limit + 1)) as Pick<
      TaxInvoiceRow, 'seq' | 'id' | 'concur_receipt_id'
    >[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const next = rows.length > limit && last ? ctx.cursors.encode(scope, last.seq) : null;
    return sendConcur(request, reply, 200, {
      Items: page.map((row) => ({ ID: row.id, URI: itemUri(ctx, PATH, row.id), ConcurReceiptID: row.concur_receipt_id })),
      NextPage: nextPageUrl(ctx, PATH, { limit: String(limit), modifiedafter: modifiedAfterRaw }, next),
    }, 'DigitalTaxInvoices', XML_ITEMS);
  }));

  app.get<{ Params: { id: string } }>(`${API_BASE}/${PATH}/:id`, { preHandler: guard }, handled(async (request, reply) => {
    const row = findOr404(request.params.id);
    return sendConcur(request, reply, 200, {
      ID: row.id,
      URI: itemUri(ctx, PATH, row.id),
      AccountID: row.account_id,
      ConcurReceiptID: row.concur_receipt_id,
      DocumentID: row.document_id,
      ReceiptData: row.receipt_data,
      // Sandbox extension (not in Concur's contract): the current decision and when it last changed.
      Status: row.status,
      Comment: row.comment,
      LastModifiedDate: row.modified_at,
    }, 'DigitalTaxInvoice');
  }));

  app.put<{ Params: { id: string } }>(`${API_BASE}/${PATH}/:id`, { preHandler: guard }, handled(async (request, reply) => {
    const row = findOr404(request.params.id);
    countWrite(ctx, request, PATH, row.id);
    const body = readObjectBody(request, 'DigitalTaxInvoice');
    const unknown = Object.keys(body).filter((key) => key !== 'Status' && key !== 'Comment');
    if (unknown.length > 0) throw new RequestProblem(400, `Unknown field(s): ${unknown.join(', ')}. The body takes Status and Comment.`);
    const status = body.Status;
    if (status === undefined || status === '') throw new RequestProblem(400, 'Status is required: VALID, INVLD or WARNG.');
    if (typeof status !== 'string' || !(TAX_INVOICE_STATUSES as readonly string[]).includes(status)) {
      throw new RequestProblem(400, 'Status must be VALID (valid), INVLD (invalid) or WARNG (valid with warnings).');
    }
    const comment = body.Comment ?? '';
    if (typeof comment !== 'string') throw new RequestProblem(400, 'Comment must be a string.');
    if ([...comment].length > MAX_COMMENT) throw new RequestProblem(400, `Comment must be at most ${MAX_COMMENT} characters.`);
    const at = toConcurDateTime(ctx.now());
    ctx.db.transaction(() => {
      update.run(status, comment, at, row.id);
      addEvent.run(row.id, status, comment, at);
    })();
    return sendEmpty(reply);
  }));
}
