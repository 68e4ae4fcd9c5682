import { z } from 'zod/mini';
import { isReceiptText, type ReceiptText } from './receipt-fields';
import { checkReceipt, type NumberSeparators, type ReceiptBody } from './receipt-rules';

/** The zod schema of one receipt as typed (form or batch row) → Concur's body; each problem is a message key on its field. */
export function receiptTextSchema(separators: NumberSeparators): z.ZodMiniType<ReceiptBody, ReceiptText> {
  return z.pipe(
    z.custom<ReceiptText>(isReceiptText),
    z.transform((text: ReceiptText, context) => {
      const checked = checkReceipt(text, separators);
      if ('body' in checked) return checked.body;
      for (const [field, problem] of Object.entries(checked.problems)) {
        context.issues.push({ code: 'custom', message: problem, path: [field], input: text[field as keyof ReceiptText] });
      }
      return z.NEVER;
    }),
  );
}
