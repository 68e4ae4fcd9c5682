import type Database from 'better-sqlite3';
import type { SeedData } from './types';

/** Writes generated seed data into an empty sandbox database (inside the caller's transaction). */
export function insertSeed(db: Database.Database, seed: SeedData): void {
  const attendeeType = db.prepare(
    `INSERT INTO attendee_types (id, name, code, attendee_form_id, connector_id, duplicate_search_fields, allow_manual, allow_count_editing, is_system)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const t of seed.attendeeTypes) {
    attendeeType.run(t.id, t.name, t.code, t.attendeeFormId, t.connectorId, JSON.stringify(t.duplicateSearchFields),
      t.allowManuallyEnteredAttendees ? 1 : 0, t.allowAttendeeCountEditing ? 1 : 0, t.isSystem ? 1 : 0);
  }

  const invoice = db.prepare(
    `INSERT INTO tax_invoices (id, concur_receipt_id, account_id, document_id, receipt_data, status, comment, modified_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare('INSERT INTO tax_invoice_events (invoice_id, status, comment, at) VALUES (?, ?, ?, ?)');
  // Concur's queue hands out invoices in the order they arrived.
  const invoices = [...seed.taxInvoices].sort((a, b) => (a.history[0]?.at ?? '').localeCompare(b.history[0]?.at ?? ''));
  for (const inv of invoices) {
    const last = inv.history.at(-1);
    invoice.run(inv.id, inv.concurReceiptId, inv.accountId, inv.documentId, inv.receiptData, last?.status ?? null, last?.comment ?? '', inv.modifiedAt);
    for (const e of inv.history) event.run(inv.id, e.status, e.comment, e.at);
  }

  const opportunity = db.prepare(
    `INSERT INTO opportunities (id, trip_id, type, is_active, start_city, end_city, start_postal, end_postal, start_local, end_local, start_utc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const opportunities = [...seed.opportunities].sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  for (const o of opportunities) {
    opportunity.run(o.id, o.tripId, o.type, o.isActive ? 1 : 0, o.startCityCode, o.endCityCode, o.startPostalCode, o.endPostalCode,
      o.startDateLocal, o.endDateLocal, o.startUtc);
  }

  const po = db.prepare('INSERT INTO purchase_orders (number, vendor_name, currency) VALUES (?, ?, ?)');
  const line = db.prepare('INSERT INTO po_lines (po_number, external_id, description, receipt_type, quantity, uom) VALUES (?, ?, ?, ?, ?, ?)');
  const receipt = db.prepare(
    `INSERT INTO po_receipts (id, po_number, line_external_id, goods_receipt_number, delivery_slip_number, received_date, received_quantity,
       is_received, uom, version, linked_to_payment_request) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2.0', ?)`,
  );
  for (const order of seed.purchaseOrders) {
    po.run(order.number, order.vendorName, order.currency);
    for (const l of order.lines) line.run(order.number, l.externalId, l.description, l.receiptType, l.quantity, l.unitOfMeasureCode);
    for (const r of order.receipts) {
      receipt.run(r.id, order.number, r.lineExternalId, r.goodsReceiptNumber, r.deliverySlipNumber, r.receivedDate, r.receivedQuantity,
        r.isReceived, r.unitOfMeasureCode, r.linkedToPaymentRequest ? 1 : 0);
    }
  }
}
