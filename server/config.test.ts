import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCOPE,
  DEV_COOKIE_SECRET,
  readConfig,
  SANDBOX_DEFAULT_CLIENT_ID,
  SANDBOX_DEFAULT_CLIENT_SECRET,
} from './config';

const PRODUCTION = {
  NODE_ENV: 'production',
  CONCUR_CLIENT_ID: 'a2b0c8de-1111-4222-8333-944455556666',
  CONCUR_CLIENT_SECRET: 'f00dcafe-1111-4222-8333-944455556666',
  CONCUR_AUTHORIZE_URL: 'https://www-us.api.concursolutions.com/oauth2/v0/authorize',
  CONCUR_TOKEN_URL: 'https://us.api.concursolutions.com/oauth2/v0/token',
  CONCUR_REDIRECT_URIS: 'https://console.example.com/oauth/callback',
  COOKIE_SECRET: 'p'.repeat(48),
};

const configError = (env: Record<string, string>) => {
  try {
    readConfig(env, '/srv/app');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('readConfig in development', () => {
  it('works with no variables at all, wired to the sandbox on port 8081', () => {
    const config = readConfig({}, '/srv/app');
    expect(config).toMatchObject({
      production: false,
      port: 8080,
      host: '127.0.0.1',
      clientId: SANDBOX_DEFAULT_CLIENT_ID,
      clientSecret: SANDBOX_DEFAULT_CLIENT_SECRET,
      authorizeUrl: 'http://127.0.0.1:8081/oauth2/v0/authorize',
      tokenUrl: 'http://127.0.0.1:8081/oauth2/v0/token',
      redirectUris: ['http://127.0.0.1:8080/oauth/callback', 'http://localhost:8080/oauth/callback'],
      appOrigins: ['http://127.0.0.1:8080', 'http://localhost:8080'],
      scope: DEFAULT_SCOPE,
      cookieSecret: DEV_COOKIE_SECRET,
      distDir: '/srv/app/dist',
      upstreamTimeoutMs: 30_000,
      trustProxy: false,
    });
    expect(config.allowedGeolocations).toEqual(['https://*.api.concursolutions.com', 'https://*.api.concurcdc.cn', 'http://127.0.0.1:8081']);
  });

  it('derives the redirect URIs from PORT and the sandbox URLs from SANDBOX_PORT', () => {
    const config = readConfig({ PORT: '9090', SANDBOX_PORT: '9191' }, '/srv/app');
    expect(config.redirectUris).toEqual(['http://127.0.0.1:9090/oauth/callback', 'http://localhost:9090/oauth/callback']);
    expect(config.tokenUrl).toBe('http://127.0.0.1:9191/oauth2/v0/token');
    expect(config.allowedGeolocations).toContain('http://127.0.0.1:9191');
  });

  it('allows no sandbox when the token URL is at Concur, and SANDBOX_URL when given', () => {
    expect(readConfig({ CONCUR_TOKEN_URL: 'https://us.api.concursolutions.com/oauth2/v0/token' }).allowedGeolocations).toEqual([
      'https://*.api.concursolutions.com',
      'https://*.api.concurcdc.cn',
    ]);
    expect(readConfig({ SANDBOX_URL: 'http://localhost:7000/' }).allowedGeolocations).toContain('http://localhost:7000');
  });

  it('adds CONCUR_ALLOWED_HOSTS entries and names the bad ones', () => {
    const config = readConfig({ CONCUR_ALLOWED_HOSTS: 'https://us-impl.api.concursolutions.com, https://*.concur.example' });
    expect(config.allowedGeolocations).toEqual(expect.arrayContaining(['https://us-impl.api.concursolutions.com', 'https://*.concur.example']));
    const message = configError({ CONCUR_ALLOWED_HOSTS: 'http://concur.example,https://*.com,https://x.example/path' });
    expect(message).toContain('"http://concur.example": plain http is allowed only');
    expect(message).toContain('"https://*.com"');
    expect(message).toContain('"https://x.example/path"');
  });

  it('explains malformed values', () => {
    const message = configError({ PORT: 'eighty', COOKIE_SECRET: 'short', CONCUR_TOKEN_URL: 'not a url', UPSTREAM_TIMEOUT_MS: '5' });
    expect(message).toContain('PORT must be a whole number');
    expect(message).toContain('COOKIE_SECRET must have at least 32 characters');
    expect(message).toContain('CONCUR_TOKEN_URL must be an absolute http(s) URL');
    expect(message).toContain('UPSTREAM_TIMEOUT_MS must be at least 100');
  });

  it('treats empty values (NAME= in a .env file) as unset', () => {
    expect(readConfig({ PORT: '', COOKIE_SECRET: ' ', CONCUR_SCOPE: '' })).toMatchObject({ port: 8080, cookieSecret: DEV_COOKIE_SECRET, scope: DEFAULT_SCOPE });
  });
});

describe('readConfig with NODE_ENV=production', () => {
  it('starts with real credentials, a cookie secret and https redirect URIs', () => {
    const config = readConfig(PRODUCTION, '/srv/app');
    expect(config.production).toBe(true);
    expect(config.allowedGeolocations).toEqual(['https://*.api.concursolutions.com', 'https://*.api.concurcdc.cn']);
  });

  it('accepts plain http redirect URIs on a loopback address', () => {
    expect(() => readConfig({ ...PRODUCTION, CONCUR_REDIRECT_URIS: 'http://127.0.0.1:8080/oauth/callback' })).not.toThrow();
  });

  it.each([
    ['the sandbox client id', { CONCUR_CLIENT_ID: SANDBOX_DEFAULT_CLIENT_ID }, 'CONCUR_CLIENT_ID must be set to your Concur app id'],
    ['a missing client id', { CONCUR_CLIENT_ID: '' }, 'CONCUR_CLIENT_ID must be set'],
    ['the sandbox client secret', { CONCUR_CLIENT_SECRET: SANDBOX_DEFAULT_CLIENT_SECRET }, 'CONCUR_CLIENT_SECRET is the sandbox default'],
    ['a missing client secret', { CONCUR_CLIENT_SECRET: '' }, 'CONCUR_CLIENT_SECRET must be set in production'],
    ['a missing cookie secret', { COOKIE_SECRET: '' }, 'COOKIE_SECRET must be set in production'],
    ['the development cookie secret', { COOKIE_SECRET: DEV_COOKIE_SECRET }, 'COOKIE_SECRET is the published development default'],
    ['an http redirect URI', { CONCUR_REDIRECT_URIS: 'http://console.example.com/oauth/callback' }, 'http://console.example.com/oauth/callback must use https'],
    ['an http token URL', { CONCUR_TOKEN_URL: 'http://concur.example/oauth2/v0/token' }, 'CONCUR_TOKEN_URL must use https'],
  ])('refuses to start with %s', (_case, change, expected) => {
    expect(configError({ ...PRODUCTION, ...change })).toContain(expected);
  });

  it('refuses the bare sandbox defaults, listing every problem at once', () => {
    const message = configError({ NODE_ENV: 'production' });
    expect(message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(3);
  });
});
