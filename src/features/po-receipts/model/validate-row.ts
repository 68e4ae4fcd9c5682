import type { z } from 'zod/mini';
import type { ReceiptField, ReceiptText } from './receipt-fields';
import type { ProblemKey, Problems, ReceiptBody } from './receipt-rules';

export type ReceiptSchema = z.ZodMiniType<ReceiptBody, ReceiptText>;

/** One batch row through the same zod schema as the form: Concur's body, or a message key per bad cell. */
export function validateRow(schema: ReceiptSchema, text: ReceiptText): { body: ReceiptBody; problems?: undefined } | { problems: Problems } {
  const parsed = schema.safeParse(text);
  if (parsed.success) return { body: parsed.data };
  const problems: Problems = {};
  for (const issue of parsed.error.issues) problems[issue.path[0] as ReceiptField] = issue.message as ProblemKey;
  return { problems };
}

/** Problems per row object, computed once: unchanged rows (same object) keep the same answer, so their cells need no redraw. */
export function rowProblemsCache(schema: ReceiptSchema): (row: { text: ReceiptText }) => Problems {
  const known = new WeakMap<object, Problems>();
  return (row) => {
    let problems = known.get(row);
    if (!problems) {
      problems = validateRow(schema, row.text).problems ?? {};
      known.set(row, problems);
    }
    return problems;
  };
}
