import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

const ORIGIN = 'https://console.example';

describe('safeReturnTo (W5 open-redirect vectors)', () => {
  it.each([
    '//evil.example',
    '/\\evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '%2F%2Fevil.example',
    '/%2F/evil.example',
    '/%09/evil.example',
    'http:evil.example',
    '/\tevil',
    '/ok\u0000',
    '/%5Cevil.example',
    '\\\\evil.example',
    ' /attendee-types',
    'data:text/html,hi',
    '/..//evil.example',
    '/%E0%A4%A',
  ])('sends %j to the home page', (vector) => {
    expect(safeReturnTo(vector, ORIGIN)).toBe('/');
  });

  it.each([null, undefined, ''])('uses the home page when nothing was asked for (%j)', (value) => {
    expect(safeReturnTo(value, ORIGIN)).toBe('/');
  });

  it('keeps a same-origin path with its query and fragment', () => {
    expect(safeReturnTo('/tax-invoices?offset=abc&limit=25#row-3', ORIGIN)).toBe('/tax-invoices?offset=abc&limit=25#row-3');
  });

  it('normalises dot segments that stay on this origin', () => {
    expect(safeReturnTo('/po-receipts/../opportunities', ORIGIN)).toBe('/opportunities');
  });

  it('never returns to the sign-in pages (that would loop)', () => {
    expect(safeReturnTo('/sign-in?returnTo=/x', ORIGIN)).toBe('/');
    expect(safeReturnTo('/oauth/callback?code=abc', ORIGIN)).toBe('/');
  });
});
