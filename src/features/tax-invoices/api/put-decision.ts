import { concurRequest } from '../../../lib/concur/concur-client';
import { taxInvoicePath } from './tax-invoice-requests';
import { emptyAnswerSchema, type TaxInvoiceStatus } from './tax-invoice-schemas';

export interface DecisionBody {
  Status: TaxInvoiceStatus;
  Comment: string;
}

/** `PUT {Status, Comment}`: Concur's only write on a tax invoice. Idempotent, so a retry sends the identical body. */
export async function putDecision(id: string, body: DecisionBody, options: { signal?: AbortSignal; keepalive?: boolean } = {}): Promise<void> {
  await concurRequest({ path: taxInvoicePath(id), method: 'PUT', body, schema: emptyAnswerSchema, ...options });
}
