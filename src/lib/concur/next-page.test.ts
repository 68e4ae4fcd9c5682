import { describe, expect, it } from 'vitest';
import type { ConcurError } from './concur-error';
import { offsetFromNextPage } from './next-page';

describe('offsetFromNextPage', () => {
  it('reads the opaque offset token out of a Concur NextPage URL', () => {
    const nextPage = 'https://us.api.concursolutions.com/api/v3.0/expense/attendeetypes?limit=25&offset=gWnJOi1u7xcHthJ04VVY47cFuGqUQRtK2aA';
    expect(offsetFromNextPage(nextPage)).toBe('gWnJOi1u7xcHthJ04VVY47cFuGqUQRtK2aA');
    expect(offsetFromNextPage('https://www.concursolutions.com/api/v3.0/expense/allocations?offset=a%2Bb')).toBe('a+b');
  });

  it('accepts the local sandbox and relative links', () => {
    expect(offsetFromNextPage('http://127.0.0.1:8081/api/v3.0/expense/attendeetypes?offset=abc')).toBe('abc');
    expect(offsetFromNextPage('/api/v3.0/expense/attendeetypes?offset=xyz')).toBe('xyz');
  });

  it('returns undefined on the last page', () => {
    expect(offsetFromNextPage(null)).toBeUndefined();
    expect(offsetFromNextPage('')).toBeUndefined();
    expect(offsetFromNextPage('https://us.api.concursolutions.com/api/v3.0/expense/attendeetypes?limit=25')).toBeUndefined();
  });

  it.each([
    'https://evil.example/api/v3.0/expense/attendeetypes?offset=abc',
    'https://concursolutions.com.evil.example/api/v3.0/x?offset=abc',
    'http://us.api.concursolutions.com/api/v3.0/x?offset=abc',
    'https://user:pass@us.api.concursolutions.com/api/v3.0/x?offset=abc',
    'javascript:alert(1)//?offset=abc',
  ])('refuses a NextPage on another host (%s)', (nextPage) => {
    expect(() => offsetFromNextPage(nextPage)).toThrow(expect.objectContaining({ name: 'ConcurError', kind: 'invalid-response' }) as ConcurError);
  });
});
