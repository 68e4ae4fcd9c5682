/**
 * Deterministic seed data for the Concur sandbox. `generateSeed(now)` always returns the same data for the same
 * `now` (fixed random seed); all dates are relative to `now`:
 *  - attendee types: Concur's standard types plus company-specific ones;
 *  - digital tax invoices: CFDI 4.0 XML received in the 120 days before `now`, ~60% still unvalidated;
 *  - travel opportunities: ~12 months of past trips and ~6 months of upcoming ones;
 *  - purchase orders raised over the last ~14 months, some with goods receipts from the last 90 days.
 * Each section draws from its own random stream, so changing one section does not reshuffle the others.
 * Ids are unique across the whole seed.
 */
import type { SeedData } from './types';
import { IdFactory, Rng } from './random';
import { generateAttendeeTypes } from './attendee-types';
import { generateTaxInvoices } from './tax-invoices';
import { generateOpportunities } from './opportunities';
import { generatePurchaseOrders } from './purchase-orders';

/** The fixed seed: change it and every generated value changes. */
export const SEED = 0x5eed_c0c4;

export function generateSeed(now: Date): SeedData {
  if (Number.isNaN(now.getTime())) throw new RangeError('generateSeed: `now` is not a valid date');
  const root = new Rng(SEED);
  const ids = new IdFactory(root.fork('ids'));
  return {
    attendeeTypes: generateAttendeeTypes(root.fork('attendee-types'), ids),
    taxInvoices: generateTaxInvoices(root.fork('tax-invoices'), ids, now),
    opportunities: generateOpportunities(root.fork('opportunities'), ids, now),
    purchaseOrders: generatePurchaseOrders(root.fork('purchase-orders'), ids, now),
  };
}
