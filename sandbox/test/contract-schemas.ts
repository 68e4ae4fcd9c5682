/**
 * The Concur contract, written from ../shared/docs/concur-api.md and the v3.0 Swagger files
 * (../shared/reference/concur-v3.0/*.swagger2.json) — deliberately NOT imported from the sandbox code, so the sandbox is
 * checked against the contract rather than against itself.
 *
 * Every v3.0 schema exists in two formats built from one definition:
 *  - `json`: the JSON body as Concur sends it;
 *  - `xml`:  the same resource read from Concur's XML form after fast-xml-parser (all text; booleans "true"/"false";
 *            lists as <Items><AttendeeType>…</AttendeeType></Items>; null as an empty element). The XML schemas
 *            transform to the JSON shape, so a test can check that both formats carry exactly the same data.
 * Objects are strict wherever the contract is closed, so an extra field is a failure.
 */
import { z } from 'zod';

export type Format = 'json' | 'xml';

export const OPPORTUNITY_TYPES = ['Hotel', 'Car', 'Air', 'Rail', 'Taxi', 'Service'] as const;
export const TAX_INVOICE_STATUSES = ['VALID', 'INVLD', 'WARNG'] as const;
/** concur-api.md §2.4: receipt error codes. */
export const RECEIPT_ERROR_CODES = ['1000', '1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1009', '1011', '9999', '10010'] as const;
/** concur-api.md §1.2: the `error` values of the token endpoint. */
export const OAUTH_ERRORS = ['invalid_request', 'invalid_client', 'invalid_grant', 'access_denied', 'invalid_scope', 'unsupported_grant_type'] as const;

/** Concur date-times are ISO-like without a time zone: `2013-09-02T19:05:57.687`, `2016-04-04T00:00:00`. */
export const concurDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?$/, 'a date-time without time zone, e.g. 2016-04-04T00:00:00')
  .refine((value) => {
    const date = new Date(`${value.slice(0, 19)}Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === value.slice(0, 19);
  }, 'a real calendar date-time');

/** A JWT: three base64url parts. */
export const jwtShape = z.string().regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/, 'a JWT (header.payload.signature)');

export function decodeJwtPayload(token: string): unknown {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** OIDC id_token claims Concur documents (`sub` = user UUID) plus the user's name and email the console shows. */
export const IdTokenClaims = z.object({
  sub: z.uuid(),
  name: z.string().min(1),
  email: z.email(),
  iss: z.string().min(1),
  aud: z.union([z.string(), z.array(z.string())]),
  exp: z.number().int(),
  iat: z.number().int(),
});

/** Bounds that tell an absolute epoch-seconds value from a duration (a 6-month duration is ~1.6e7). */
const EPOCH_2020 = 1_577_836_800;
const EPOCH_2200 = 7_258_118_400;

/** Schemas that do not depend on the sandbox's origin. */
export const OAuthError = z.strictObject({
  error: z.enum(OAUTH_ERRORS),
  error_description: z.string().min(1),
  code: z.number().int().nonnegative(),
  // concur-api.md §1.2: token errors may carry the geolocation to retry at.
  geolocation: z.url().optional(),
});
export type OAuthError = z.infer<typeof OAuthError>;

const guid = z.string().regex(/^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/, 'a GUID');

/** The v3 error body: `{"Error":{"Message","Server-Time","Id"}}`; in XML the root is <Error> and this is its content. */
export const ConcurErrorXml = z.strictObject({ Message: z.string().min(1), 'Server-Time': concurDateTime, Id: guid });
export const ConcurError = z.strictObject({ Error: ConcurErrorXml });

/**
 * All origin-bound schemas (URIs, NextPage and geolocation must point at the server that answered) in one format.
 */
export function contractFor(origin: string, format: Format) {
  const json = format === 'json';

  const sameOrigin = (value: string) => {
    try {
      return new URL(value).origin === origin;
    } catch {
      return false;
    }
  };
  const uri = z.url().refine(sameOrigin, `an absolute URL on ${origin}`);

  /** NextPage: null on the last page, else a full URL on this origin whose `offset` is an opaque token (not a number). */
  const nextPageUrl = uri.refine((value) => {
    const offset = new URL(value).searchParams.get('offset');
    return offset !== null && offset.length > 0 && !/^\d+$/.test(offset);
  }, 'NextPage must carry an opaque (non-numeric) offset token');
  const nextPage: z.ZodType<string | null> = json
    ? nextPageUrl.nullable()
    : z.union([z.literal(''), nextPageUrl]).transform((value) => (value === '' ? null : value));

  const bool: z.ZodType<boolean> = json ? z.boolean() : z.enum(['true', 'false']).transform((value) => value === 'true');
  const int: z.ZodType<number> = json ? z.number().int().nonnegative() : z.string().regex(/^\d+$/).transform(Number);

  /** JSON: an array. XML: `<Items><Element>…</Element>…</Items>` (an empty list is an empty element). */
  function listOf<T extends z.ZodType>(element: string, item: T): z.ZodType<z.output<T>[]> {
    if (json) return z.array(item);
    return z
      .union([z.literal(''), z.strictObject({ [element]: z.array(item) })])
      .transform((value) => (value === '' ? [] : (value[element] ?? [])));
  }
  function nullable<T extends z.ZodType>(inner: T): z.ZodType<z.output<T> | null> {
    if (json) return inner.nullable();
    return z.union([z.literal(''), inner]).transform((value) => (value === '' ? null : value));
  }

  const id = z.string().min(1);

  // ---- Attendee types (§2.1; AttendeeTypeGet) ----
  const name40 = z.string().min(1).max(40);
  const AttendeeType = z.strictObject({
    ID: id,
    URI: uri,
    Name: name40,
    Code: name40,
    AttendeeFormID: z.string(),
    ConnectorID: z.string(),
    DuplicateSearchFields: listOf('DuplicateSearchField', z.string().min(1)),
    AllowManuallyEnteredAttendees: bool,
    AllowAttendeeCountEditing: bool,
  });
  const AttendeeTypes = z.strictObject({ Items: listOf('AttendeeType', AttendeeType), NextPage: nextPage });

  // ---- Digital tax invoices (§2.2) ----
  const DigitalTaxInvoiceListItem = z.strictObject({ ID: id, URI: uri, ConcurReceiptID: z.string().min(1) });
  const DigitalTaxInvoices = z.strictObject({ Items: listOf('DigitalTaxInvoice', DigitalTaxInvoiceListItem), NextPage: nextPage });
  const DigitalTaxInvoice = z.strictObject({
    ID: id,
    URI: uri,
    AccountID: z.string().min(1),
    ConcurReceiptID: z.string().min(1),
    DocumentID: z.string().min(1),
    ReceiptData: z.string().min(1),
    // Sandbox extensions (not in Concur's contract), allowed but typed.
    Status: nullable(z.enum(TAX_INVOICE_STATUSES)).optional(),
    Comment: z.string().max(2000).optional(),
    LastModifiedDate: concurDateTime.optional(),
  });

  // ---- Opportunities (§2.3) ----
  const Opportunity = z.strictObject({
    ID: id,
    URI: uri,
    TripId: z.string().min(1),
    Type: z.enum(OPPORTUNITY_TYPES),
    IsActive: bool,
    StartCityCode: z.string().min(1),
    EndCityCode: z.string().min(1),
    StartPostalCode: z.string(),
    EndPostalCode: z.string(),
    StartDateLocal: concurDateTime,
    EndDateLocal: concurDateTime,
  });
  const Opportunities = z.strictObject({ Items: listOf('Opportunity', Opportunity), NextPage: nextPage });

  // ---- Purchase order receipts (§2.4) ----
  const text = z.string();
  const PurchaseOrderReceipt = z.strictObject({
    ID: id.optional(),
    URI: uri.optional(),
    PurchaseOrderNumber: z.string().min(1),
    LineItemExternalID: z.string().min(1),
    IsReceived: z.enum(['', 'Y', 'N', 'y', 'n']).optional(),
    ReceivedQuantity: z.string().regex(/^$|^\d+(?:\.\d+)?$/).optional(),
    ReceivedDate: z.string().regex(/^$|^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
    GoodsReceiptNumber: text.optional(),
    DeliverySlipNumber: text.optional(),
    UnitOfMeasureCode: z.string().max(9).optional(),
    Deleted: z.enum(['', 'true', 'false']).optional(),
    Version: text.optional(),
    Custom1: text.optional(),
    Custom2: text.optional(),
    Custom3: text.optional(),
    Custom4: text.optional(),
    Custom5: text.optional(),
    Custom6: text.optional(),
    Custom7: text.optional(),
    Custom8: text.optional(),
    Custom9: text.optional(),
    Custom10: text.optional(),
  });
  const ReceiptsCollection = z.strictObject({
    Items: listOf('PurchaseOrderReceipt', PurchaseOrderReceipt),
    NextPage: nextPage,
    TotalCount: int,
    Info: z.string(),
  });
  /** Results are HTTP 200 either way; FAILURE names the code and the field (`Level|Field`, levels as the PO docs). */
  const PurchaseOrderReceiptSuccess = z.strictObject({
    Status: z.literal('SUCCESS'),
    Message: z.string().optional(),
    PurchaseOrderNumber: z.string().optional(),
    LineItemExternalID: z.string().optional(),
  });
  const PurchaseOrderReceiptFailure = z.strictObject({
    Status: z.literal('FAILURE'),
    Message: z.string().min(1),
    ErrorCode: z.enum(RECEIPT_ERROR_CODES),
    ErrorMessage: z.string().min(1),
    FieldCode: z.string().regex(/^(Header|ShipTo|BillTo|LineItem|Allocation)\|\w+$/, 'FieldCode as LEVEL|CODE'),
    PurchaseOrderNumber: z.string().optional(),
    LineItemExternalID: z.string().optional(),
  });
  const PurchaseOrderReceiptResult = z.union([PurchaseOrderReceiptSuccess, PurchaseOrderReceiptFailure]);

  // ---- OAuth token response (§1.2) ----
  const TokenResponse = z.strictObject({
    access_token: jwtShape,
    token_type: z.literal('Bearer'),
    expires_in: z.string().regex(/^\d+$/, 'expires_in is a STRING of digits, as Concur sends it'),
    refresh_token: z.string().min(16),
    refresh_expires_in: z.number().int().min(EPOCH_2020, 'refresh_expires_in is absolute epoch seconds').max(EPOCH_2200),
    scope: z.string(),
    id_token: jwtShape.refine((token) => IdTokenClaims.safeParse(decodeJwtPayload(token)).success, 'id_token carries sub, name and email'),
    geolocation: z.url().refine((value) => value.replace(/\/$/, '') === origin, `geolocation is the sandbox base URL ${origin}`),
  });

  return {
    AttendeeType,
    AttendeeTypes,
    DigitalTaxInvoiceListItem,
    DigitalTaxInvoices,
    DigitalTaxInvoice,
    Opportunity,
    Opportunities,
    PurchaseOrderReceipt,
    ReceiptsCollection,
    PurchaseOrderReceiptSuccess,
    PurchaseOrderReceiptFailure,
    PurchaseOrderReceiptResult,
    TokenResponse,
  };
}

export type Contract = ReturnType<typeof contractFor>;
export type AttendeeType = z.output<Contract['AttendeeType']>;
export type AttendeeTypes = z.output<Contract['AttendeeTypes']>;
export type DigitalTaxInvoice = z.output<Contract['DigitalTaxInvoice']>;
export type DigitalTaxInvoices = z.output<Contract['DigitalTaxInvoices']>;
export type Opportunity = z.output<Contract['Opportunity']>;
export type Opportunities = z.output<Contract['Opportunities']>;
export type PurchaseOrderReceipt = z.output<Contract['PurchaseOrderReceipt']>;
export type ReceiptsCollection = z.output<Contract['ReceiptsCollection']>;
export type PurchaseOrderReceiptResult = z.output<Contract['PurchaseOrderReceiptResult']>;
export type TokenResponse = z.output<Contract['TokenResponse']>;
export type IdTokenClaims = z.output<typeof IdTokenClaims>;

/** XML root elements (concur-api.md §2.0: the plural name for lists; the .NET SDK's <Error> for receipt results). */
export const XML_ROOTS = {
  AttendeeTypes: 'AttendeeTypes',
  AttendeeType: 'AttendeeType',
  DigitalTaxInvoices: 'DigitalTaxInvoices',
  DigitalTaxInvoice: 'DigitalTaxInvoice',
  Opportunities: 'Opportunities',
  ReceiptsCollection: 'ReceiptsCollection',
  PurchaseOrderReceiptResult: 'Error',
  Error: 'Error',
} as const;
