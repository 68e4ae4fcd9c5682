import { attendeeTypesSuite } from './attendee-types-suite';
import type { BenchSuite } from './context';
import { opportunitiesSuite } from './opportunities-suite';
import { poReceiptsSuite } from './po-receipts-suite';
import { shellSuite } from './shell-suite';
import { taxInvoicesSuite } from './tax-invoices-suite';

/** Every suite `npm run bench` runs, in order. Add a feature's suite here. */
export const suites: BenchSuite[] = [shellSuite, attendeeTypesSuite, taxInvoicesSuite, opportunitiesSuite, poReceiptsSuite];
