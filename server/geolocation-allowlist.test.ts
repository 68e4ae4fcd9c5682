import { describe, expect, it } from 'vitest';
import { CONCUR_GEOLOCATION_PATTERNS, createGeolocationAllowlist, parseAllowlistEntry } from './geolocation-allowlist';

const SANDBOX = 'http://127.0.0.1:8081';
const allowlist = createGeolocationAllowlist([...CONCUR_GEOLOCATION_PATTERNS, 'https://us-impl.concur.example', SANDBOX]);

describe('geolocation allowlist', () => {
  it.each([
    ['https://us.api.concursolutions.com', 'https://us.api.concursolutions.com'],
    ['https://us.api.concursolutions.com/', 'https://us.api.concursolutions.com'],
    ['https://www-us.api.concursolutions.com', 'https://www-us.api.concursolutions.com'],
    ['https://emea.api.concursolutions.com', 'https://emea.api.concursolutions.com'],
    ['https://cn.api.concurcdc.cn', 'https://cn.api.concurcdc.cn'],
    ['HTTPS://US2.API.CONCURSOLUTIONS.COM', 'https://us2.api.concursolutions.com'],
    ['https://us-impl.concur.example', 'https://us-impl.concur.example'],
    [SANDBOX, SANDBOX],
    [`${SANDBOX}/`, SANDBOX],
  ])('allows %s', (candidate, origin) => {
    expect(allowlist.match(candidate)).toBe(origin);
  });

  it.each([
    'http://evil',
    'https://evil.example',
    'http://us.api.concursolutions.com',
    'https://us.api.concursolutions.com.evil.example',
    'https://us.api.concursolutions.com.',
    'https://evilapi.concursolutions.com',
    'https://api.concursolutions.com',
    'https://a.b.api.concursolutions.com',
    'https://user@us.api.concursolutions.com',
    'https://user:pass@us.api.concursolutions.com',
    'https://us.api.concursolutions.com@evil.example',
    'https://evil.example#@us.api.concursolutions.com',
    'https://evil.example\\.us.api.concursolutions.com',
    'https://evil.example\\@us.api.concursolutions.com',
    'https://us.api.concursolutions.com:8443',
    'https://us.api.concursolutions.com:443',
    'https://us.api.concursolutions.com/api/v3.0',
    'https://us.api.concursolutions.com//',
    'https://us.api.concursolutions.com?next=https://evil.example',
    'https://us.api.concursolutions.com#x',
    'https://us%2eapi.concursolutions.com',
    'https://us.api.concursolutions.com%2F@evil.example',
    ' https://us.api.concursolutions.com',
    'https://us.api.concursolutions.com\n',
    'https://us.api.concursolutiоns.com',
    'https://xn--us-api.concursolutions.com.evil.example',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://us.api.concursolutions.com',
    '//us.api.concursolutions.com',
    'us.api.concursolutions.com',
    'https://us-impl.concur.example:444',
    'https://other.concur.example',
    'http://127.0.0.1:8082',
    'http://localhost:8081',
    'https://127.0.0.1:8081',
    'http://127.0.0.1:8081/api',
    'http://0x7f.0.0.1:8081',
    `https://${'a'.repeat(250)}.api.concursolutions.com`,
    '',
  ])('refuses %j', (candidate) => {
    expect(allowlist.match(candidate)).toBeUndefined();
  });

  it('refuses values that are not strings', () => {
    for (const candidate of [undefined, null, 42, ['https://us.api.concursolutions.com'], { href: 'https://us.api.concursolutions.com' }]) {
      expect(allowlist.match(candidate)).toBeUndefined();
    }
  });
});

describe('parseAllowlistEntry', () => {
  it('reads exact origins and one-label patterns', () => {
    expect(parseAllowlistEntry('https://us-impl.api.concursolutions.com')).toEqual({ kind: 'exact', origin: 'https://us-impl.api.concursolutions.com' });
    expect(parseAllowlistEntry('https://*.Concur.Example/')).toEqual({ kind: 'pattern', hostSuffix: '.concur.example' });
    expect(parseAllowlistEntry('http://[::1]:9000')).toEqual({ kind: 'exact', origin: 'http://[::1]:9000' });
  });

  it.each(['http://concur.example', 'https://*.com', 'https://*.concur.example:8443', 'https://a.*.concur.example', 'ftp://concur.example', 'https://concur.example/api', '*.concur.example'])(
    'refuses %s with a message naming it',
    (entry) => {
      expect(() => parseAllowlistEntry(entry)).toThrow(entry);
    },
  );
});
