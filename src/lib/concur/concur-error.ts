export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type ConcurErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'aborted';

export interface ConcurErrorDetails {
  kind: ConcurErrorKind;
  method: HttpMethod;
  message: string;
  status?: number;
  correlationId?: string;
  /** From `Retry-After`, in milliseconds from when the answer arrived. */
  retryAfterMs?: number;
  cause?: unknown;
}

/** Every failure of the Concur client, typed so the UI and the retry policy can tell them apart. */
export class ConcurError extends Error {
  readonly kind: ConcurErrorKind;
  readonly method: HttpMethod;
  readonly status: number | undefined;
  /** Concur's `concur-correlationid` (or the error body's `Id`): what Concur support asks for. */
  readonly correlationId: string | undefined;
  readonly retryAfterMs: number | undefined;
  /** When Concur said to come back; shown as "try again at hh:mm" when it is too far off to wait for. */
  readonly retryAt: Date | undefined;

  constructor(details: ConcurErrorDetails) {
    super(details.message, { cause: details.cause });
    this.name = 'ConcurError';
    this.kind = details.kind;
    this.method = details.method;
    this.status = details.status;
    this.correlationId = details.correlationId;
    this.retryAfterMs = details.retryAfterMs;
    this.retryAt = details.retryAfterMs === undefined ? undefined : new Date(Date.now() + details.retryAfterMs);
  }
}

export function isConcurError(error: unknown): error is ConcurError {
  return error instanceof ConcurError;
}
