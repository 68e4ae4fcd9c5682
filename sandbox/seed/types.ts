/**
 * The shape of the sandbox's seed data. `generateSeed()` (sandbox/seed/generate.ts) returns one of these,
 * deterministically (fixed random seed), relative to a fixed `now` passed in, so tests can reason about dates.
 *
 * Date-time strings follow Concur: ISO-like, no time zone, e.g. `2026-03-14T09:30:00`.
 */
export interface SeedAttendeeType {
  /** Opaque Concur-like id, 20-30 chars, base64-ish alphabet and at least one `$`, e.g. `gWjYOjoOorT3dhpHGto5H$poJuoa0m`. Unique. */
  id: string;
  name: string; // unique, at most 40 characters
  code: string; // unique, at most 40 characters, e.g. EMPLOYEE, SPOUSE, BUSGUEST, HCP
  attendeeFormId: string; // opaque id like the ids above (a form id)
  connectorId: string; // '' means the Expense database; otherwise an opaque id
  duplicateSearchFields: string[]; // e.g. ['FirstName', 'LastName', 'Company']
  allowManuallyEnteredAttendees: boolean;
  allowAttendeeCountEditing: boolean;
  /** Concur's standard types (EMPLOYEE, SPOUSE, BUSGUEST, HCP, ...) cannot be deleted. */
  isSystem: boolean;
}

export type TaxInvoiceStatus = 'VALID' | 'INVLD' | 'WARNG';

export interface SeedTaxInvoiceEvent {
  /** null = received, not yet validated */
  status: TaxInvoiceStatus | null;
  comment: string;
  at: string; // UTC date-time, no zone
}

export interface SeedTaxInvoice {
  id: string; // opaque, with `$`
  concurReceiptId: string; // plain-text id of the receipt in Concur, e.g. '1234567890'
  accountId: string; // 'NOACCTID' for most, a partner account id for some
  documentId: string; // expense report id in plain text, e.g. 'D8F0C2A1B3E44F5A9C7D'
  receiptData: string; // a full CFDI 4.0 XML document (see generate.ts)
  /** First event is the reception (status null). The last event is the current state. */
  history: SeedTaxInvoiceEvent[];
  /** UTC date-time of the last change (= the last history event's `at`). */
  modifiedAt: string;
}

export type OpportunityType = 'Hotel' | 'Car' | 'Air' | 'Rail' | 'Taxi' | 'Service';

export interface SeedOpportunity {
  id: string; // opaque, with `$`
  tripId: string; // opaque trip id (no spaces; letters, digits, `$` allowed)
  type: OpportunityType;
  isActive: boolean;
  startCityCode: string; // IATA city code, e.g. 'MEX'
  endCityCode: string;
  startPostalCode: string;
  endPostalCode: string;
  startDateLocal: string; // local time at the start location, no zone
  endDateLocal: string; // local time at the end location, no zone
  /** The same instant as startDateLocal, in UTC (local minus the city's UTC offset). Not in the API; used to filter by fromUtc/toUtc. */
  startUtc: string;
}

export type PoReceiptType = 'WQTY' | 'WAMT';

export interface SeedPoLine {
  externalId: string; // customer id of the line, unique within the PO, e.g. 'L001'
  description: string;
  receiptType: PoReceiptType; // WQTY = quantity-based (ReceivedQuantity required)
  quantity: string; // ordered quantity as a decimal string
  unitOfMeasureCode: string; // e.g. 'EA', 'BX', 'KG'
}

export interface SeedPoReceipt {
  id: string; // opaque, with `$`
  lineExternalId: string;
  goodsReceiptNumber: string;
  deliverySlipNumber: string;
  receivedDate: string; // YYYY-MM-DD
  receivedQuantity: string; // decimal string, '' for WAMT lines
  isReceived: 'Y' | 'N';
  unitOfMeasureCode: string;
  /** A receipt linked to a payment request cannot be deleted. */
  linkedToPaymentRequest: boolean;
}

export interface SeedPurchaseOrder {
  number: string; // e.g. 'PO-2026-000123'
  vendorName: string;
  currency: string;
  lines: SeedPoLine[];
  receipts: SeedPoReceipt[];
}

export interface SeedData {
  attendeeTypes: SeedAttendeeType[];
  taxInvoices: SeedTaxInvoice[];
  opportunities: SeedOpportunity[];
  purchaseOrders: SeedPurchaseOrder[];
}
