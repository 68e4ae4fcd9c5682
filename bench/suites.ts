import { attendeeTypesSuite } from './attendee-types-suite';
import type { BenchSuite } from './context';
import { opportunitiesSuite } from './opportunities-suite';
import { poReceiptsSuite } from './po-receipts-suite';
import { shellSuite } from './shell-suite';
import { taxInvoicesSuite } from './tax-invoices-suite';

/** Every suite `npm run bench` runs, in order, by the name `--only` takes. Add a feature's suite here. */
export const suites: { name: string; run: BenchSuite }[] = [
  { name: 'shell', run: shellSuite },
  { name: 'attendee-types', run: attendeeTypesSuite },
  { name: 'tax-invoices', run: taxInvoicesSuite },
  { name: 'opportunities', run: opportunitiesSuite },
  { name: 'po-receipts', run: poReceiptsSuite },
];
