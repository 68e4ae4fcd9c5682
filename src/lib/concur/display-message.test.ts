import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate';
import { ConcurError, type ConcurErrorDetails } from './concur-error';
import { toDisplayMessage } from './display-message';

const t = createTranslator('en');
const failure = (details: Partial<ConcurErrorDetails>) => new ConcurError({ kind: 'http', method: 'GET', message: 'Concur says no.', ...details });

describe('toDisplayMessage', () => {
  it('says what happened in plain words', () => {
    expect(toDisplayMessage(failure({ kind: 'timeout' }), t)).toBe('Concur took too long to answer. Try again.');
    expect(toDisplayMessage(failure({ kind: 'network' }), t)).toMatch(/could not be reached/);
    expect(toDisplayMessage(failure({ kind: 'invalid-response' }), t)).toMatch(/could not read/);
    expect(toDisplayMessage(failure({ status: 503 }), t)).toMatch(/having trouble/);
    expect(toDisplayMessage(failure({ status: 403 }), t)).toMatch(/permission/);
    expect(toDisplayMessage(new TypeError('x is undefined'), t)).toBe('Something unexpected happened. Try again.');
  });

  it("shows Concur's reason for a rejected request", () => {
    expect(toDisplayMessage(failure({ status: 400 }), t)).toBe('Concur did not accept the request: Concur says no.');
  });

  it('tells when to come back after a long Retry-After, in the chosen language', () => {
    const error = failure({ status: 429, retryAfterMs: 5 * 60_000 });
    const time = (locale: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(error.retryAt);
    expect(toDisplayMessage(error, t)).toBe(`Concur is busy. Try again at ${time('en')}.`);
    expect(toDisplayMessage(error, createTranslator('es-MX'))).toContain(time('es-MX'));
  });
});
