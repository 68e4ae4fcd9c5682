/** What the console shows of a CFDI. Every value is the text written in the XML (amounts stay strings until display). */
export interface CfdiParty {
  rfc?: string;
  name?: string;
  taxRegime?: string;
}

export interface CfdiConcept {
  productCode?: string;
  quantity?: string;
  unitCode?: string;
  unit?: string;
  description?: string;
  unitValue?: string;
  amount?: string;
  discount?: string;
}

export interface CfdiTax {
  tax?: string;
  rate?: string;
  base?: string;
  amount?: string;
}

export interface Cfdi {
  version?: string;
  series?: string;
  folio?: string;
  /** Issue date-time as written: the issuer's local time, no zone. */
  date?: string;
  subtotal?: string;
  discount?: string;
  total?: string;
  currency?: string;
  exchangeRate?: string;
  paymentForm?: string;
  paymentMethod?: string;
  issuePlace?: string;
  issuer: CfdiParty;
  receiver: CfdiParty & { cfdiUse?: string };
  concepts: CfdiConcept[];
  transferredTaxTotal?: string;
  withheldTaxTotal?: string;
  transferredTaxes: CfdiTax[];
  /** The SAT stamp (Complemento/TimbreFiscalDigital), when present. */
  stamp?: { uuid?: string; stampedAt?: string; certifierRfc?: string };
}

export type CfdiReading =
  | { kind: 'cfdi'; cfdi: Cfdi; pretty: string }
  /** Well-formed XML that is not a CFDI (no Comprobante root). */
  | { kind: 'not-cfdi'; pretty: string }
  | { kind: 'empty' }
  | { kind: 'too-large'; characters: number }
  | { kind: 'doctype' }
  | { kind: 'malformed'; detail?: string };
