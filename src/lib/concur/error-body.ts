import { z } from 'zod/mini';

/** Concur's v3 error (`{"Error":{"Message","Id"}}`), the bare `{"Message"}` some validations send, or the gateway's own. */
const errorBodySchema = z.union([
  z.object({ Error: z.object({ Message: z.string(), Id: z.optional(z.string()) }) }),
  z.object({ Message: z.string() }),
  z.object({ message: z.string() }),
]);

export interface ErrorBodyDetails {
  message: string | undefined;
  id: string | undefined;
}

export function readErrorBody(bodyText: string): ErrorBodyDetails {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return { message: undefined, id: undefined };
  }
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) return { message: undefined, id: undefined };
  const body = parsed.data;
  if ('Error' in body) return { message: body.Error.Message, id: body.Error.Id };
  return { message: 'Message' in body ? body.Message : body.message, id: undefined };
}
