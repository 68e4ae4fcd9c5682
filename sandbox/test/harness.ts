/**
 * Test harness for the sandbox contract suite: one sandbox per test file on a fresh database file, plus HTTP helpers.
 *
 *   const sandbox = useSandbox();            // starts in beforeAll, stops and deletes its folder in afterAll
 *   const token = await sandbox.passwordToken(ADMIN);
 *   const res = await sandbox.api('/api/v3.0/expense/attendeetypes', { token });
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startSandbox, type RunningSandbox } from '../start';
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, readConfig } from '../config';
import type { SandboxContext } from '../context';
import type { SandboxDb } from '../db';

export const ADMIN = 'finance.admin@sandbox.test';
export const TRAVEL_MANAGER = 'travel.manager@sandbox.test';
export const AP_CLERK = 'ap.clerk@sandbox.test';
export const PASSWORD = 'sandbox';
export const CLIENT_ID = DEFAULT_CLIENT_ID;
export const CLIENT_SECRET = DEFAULT_CLIENT_SECRET;
/** The one redirect URI registered for the test client. */
export const REDIRECT_URI = 'https://console.example.test/oauth/callback';
export const API = '/api/v3.0';
/** What the console asks for at /authorize: every scope of the four APIs (each user gets the ones their role allows). */
export const ALL_SCOPES = 'openid attendee.admin.read ATTEND TAXINV INSGHT INVPO';

export const PATHS = {
  attendeeTypes: `${API}/expense/attendeetypes`,
  taxInvoices: `${API}/expense/digitaltaxinvoices`,
  opportunities: `${API}/insights/opportunities`,
  poReceipts: `${API}/invoice/purchaseorderreceipts`,
} as const;

export interface HarnessOptions {
  /** Extra SANDBOX_* variables (strings, as in the environment). */
  env?: Record<string, string>;
  /** Reuse a database file (persistence tests); by default a fresh file in a new temp folder. */
  dbPath?: string;
}

// ---------------------------------------------------------------------------------------------------------------------
// Responses

export interface XmlDocument {
  root: string;
  body: unknown;
}

const LIST_PARENTS = /(?:^|\.)(?:Items|DuplicateSearchFields)\.[^.]+$/;
const xmlParser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  // Children of <Items> and <DuplicateSearchFields> are always lists, even with one element.
  isArray: (_name, jPath) => typeof jPath === 'string' && LIST_PARENTS.test(jPath),
});

/** Parses a Concur XML response: checks it is well-formed and returns the single root element's name and content. */
export function parseXml(text: string): XmlDocument {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} at line ${valid.err.line}\n${text.slice(0, 300)}`);
  const parsed = xmlParser.parse(text) as Record<string, unknown>;
  const roots = Object.keys(parsed);
  const root = roots[0];
  if (roots.length !== 1 || root === undefined) throw new Error(`Expected one XML root element, got ${roots.join(', ')}`);
  return { root, body: parsed[root] };
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  contentType: string;
  json(): unknown;
  xml(): XmlDocument;
}

async function toApiResponse(response: Response): Promise<ApiResponse> {
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    contentType: response.headers.get('content-type') ?? '',
    json: () => JSON.parse(text) as unknown,
    xml: () => parseXml(text),
  };
}

export interface ApiOptions {
  method?: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** A full Authorization header, e.g. `OAuth <token>` (wins over `token`). */
  authorization?: string;
  /** 'json' (default) sends Accept: application/json; 'xml' sends no Accept of its own (fetch adds *∕*); anything else is sent as is. */
  accept?: 'json' | 'xml' | (string & {});
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** A request through node:http, for what fetch cannot send: no Accept header at all, unnormalised paths such as `/..`. */
export function rawRequest(
  baseUrl: string,
  rawPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: rawPath, headers: options.headers ?? {}, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// OAuth

export interface TokenResult {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export interface AuthorizeRequest {
  login?: string;
  password?: string;
  decision?: 'allow' | 'deny';
  clientId?: string;
  redirectUri?: string;
  /** undefined = no state parameter at all. */
  state?: string;
  scope?: string;
  responseType?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
}

export interface AuthorizeResult {
  /** Status of the final step (302 on a redirect, the page status otherwise). */
  status: number;
  /** The Location header, if any. */
  location: string | null;
  /** The query of the Location (empty when there is none). */
  params: URLSearchParams;
  html: string;
}

/** The query string of GET /oauth2/v0/authorize for a request. */
export function authorizeQuery(request: AuthorizeRequest = {}): URLSearchParams {
  const query = new URLSearchParams({
    client_id: request.clientId ?? CLIENT_ID,
    redirect_uri: request.redirectUri ?? REDIRECT_URI,
    scope: request.scope ?? ALL_SCOPES,
    response_type: request.responseType ?? 'code',
  });
  if (request.state !== undefined) query.set('state', request.state);
  if (request.codeChallenge !== undefined) query.set('code_challenge', request.codeChallenge);
  if (request.codeChallengeMethod !== undefined) query.set('code_challenge_method', request.codeChallengeMethod);
  return query;
}

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decodeHtml = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => HTML_ENTITIES[entity] ?? entity);

/** The hidden inputs of the sign-in form, as a browser would post them back. */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input\b[^>]*>/g)) {
    const tag = match[0];
    if (!/\btype="hidden"/.test(tag)) continue;
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
    if (name !== undefined && value !== undefined) fields[decodeHtml(name)] = decodeHtml(value);
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------------------------------
// The harness

export interface Clock {
  /** Moves the sandbox's clock (token, code and write timestamps) forward. */
  advance(seconds: number): void;
  reset(): void;
}

export interface Harness {
  readonly url: string;
  readonly sandbox: RunningSandbox;
  readonly ctx: SandboxContext;
  readonly db: SandboxDb;
  readonly dbPath: string;
  readonly clock: Clock;
  api(pathOrUrl: string, options?: ApiOptions): Promise<ApiResponse>;
  raw(rawPath: string, options?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse>;
  /** POST /oauth2/v0/token with a form body. */
  tokenRequest(form: Record<string, string>): Promise<TokenResult>;
  /** The password grant for a demo user; returns the whole token response. */
  passwordGrant(login: string, extra?: Record<string, string>): Promise<TokenResult>;
  /** An access token for a demo user (password grant). */
  passwordToken(login: string): Promise<string>;
  /** GET /oauth2/v0/authorize. */
  openAuthorize(request?: AuthorizeRequest): Promise<ApiResponse & { location: string | null }>;
  /** Drives the sign-in page like a browser: GET the page, then POST its form back (redirect: manual). */
  authorizeCode(request?: AuthorizeRequest): Promise<AuthorizeResult>;
  /** The authorization_code grant. */
  exchangeCode(input: { code: string; redirectUri?: string; codeVerifier?: string; clientSecret?: string; clientId?: string }): Promise<TokenResult>;
  /** POST a JSON body to a /__chaos route. */
  chaos(method: string, route: string, body?: unknown): Promise<ApiResponse>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const tempDir = options.dbPath ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'concur-sandbox-test-'));
  const dbPath = options.dbPath ?? path.join(tempDir as string, 'sandbox.sqlite');
  const config = readConfig({
    SANDBOX_PORT: '0',
    SANDBOX_DB: dbPath,
    SANDBOX_FAULTS: '1',
    SANDBOX_REDIRECT_URIS: REDIRECT_URI,
    ...options.env,
  });
  let offsetMs = 0;
  const sandbox = await startSandbox(config, { now: () => new Date(Date.now() + offsetMs) });
  const url = sandbox.url;

  const api = async (pathOrUrl: string, o: ApiOptions = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...o.headers };
    const accept = o.accept ?? 'json';
    if (accept === 'json') headers.accept = 'application/json';
    else if (accept !== 'xml') headers.accept = accept;
    if (o.authorization !== undefined) headers.authorization = o.authorization;
    else if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
    let body: string | undefined;
    if (typeof o.body === 'string') body = o.body;
    else if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] = 'application/json';
    }
    if (o.contentType !== undefined) headers['content-type'] = o.contentType;
    const target = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${url}${pathOrUrl}`;
    return toApiResponse(await fetch(target, { method: o.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) }));
  };

  const tokenRequest = async (form: Record<string, string>): Promise<TokenResult> => {
    const response = await fetch(`${url}/oauth2/v0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
    });
    const text = await response.text();
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`Token endpoint answered ${text}`);
    return { status: response.status, headers: response.headers, body: parsed as Record<string, unknown> };
  };

  const passwordGrant = (login: string, extra: Record<string, string> = {}) =>
    tokenRequest({
      grant_type: 'password',
      username: login,
      password: PASSWORD,
      credtype: 'password',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      ...extra,
    });

  const passwordToken = async (login: string) => {
    const result = await passwordGrant(login);
    const token = result.body.access_token;
    if (result.status !== 200 || typeof token !== 'string') throw new Error(`No token for ${login}: ${JSON.stringify(result.body)}`);
    return token;
  };

  const openAuthorize = async (request: AuthorizeRequest = {}) => {
    const response = await fetch(`${url}/oauth2/v0/authorize?${authorizeQuery(request).toString()}`, { redirect: 'manual' });
    return { ...(await toApiResponse(response)), location: response.headers.get('location') };
  };

  const authorizeCode = async (request: AuthorizeRequest = {}): Promise<AuthorizeResult> => {
    const page = await openAuthorize(request);
    if (page.status !== 200) {
      return { status: page.status, location: page.location, params: new URLSearchParams(page.location ? new URL(page.location).search : ''), html: page.text };
    }
    const form = new URLSearchParams(hiddenFields(page.text));
    form.set('login', request.login ?? ADMIN);
    form.set('password', request.password ?? PASSWORD);
    form.set('decision', request.decision ?? 'allow');
    const response = await fetch(`${url}/oauth2/v0/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    const location = response.headers.get('location');
    return { status: response.status, location, params: new URLSearchParams(location ? new URL(location).search : ''), html: await response.text() };
  };

  const exchangeCode: Harness['exchangeCode'] = (input) =>
    tokenRequest({
      grant_type: 'authorization_code',
      code: input.code,
      redirect_uri: input.redirectUri ?? REDIRECT_URI,
      client_id: input.clientId ?? CLIENT_ID,
      client_secret: input.clientSecret ?? CLIENT_SECRET,
      ...(input.codeVerifier !== undefined ? { code_verifier: input.codeVerifier } : {}),
    });

  const chaos = (method: string, route: string, body?: unknown) =>
    api(`/__chaos${route}`, { method, ...(body !== undefined ? { body } : {}) });

  return {
    url,
    sandbox,
    ctx: sandbox.ctx,
    db: sandbox.ctx.db,
    dbPath,
    clock: {
      advance(seconds) {
        offsetMs += seconds * 1000;
      },
      reset() {
        offsetMs = 0;
      },
    },
    api,
    raw: (rawPath, o) => rawRequest(url, rawPath, o),
    tokenRequest,
    passwordGrant,
    passwordToken,
    openAuthorize,
    authorizeCode,
    exchangeCode,
    chaos,
    async close() {
      await sandbox.close();
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

/**
 * One sandbox for the calling test file: started in beforeAll, closed (and its temp folder removed) in afterAll.
 * The returned object forwards to the running harness.
 */
export function useSandbox(options: HarnessOptions = {}): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await startHarness(options);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  const get = (): Harness => {
    if (!current) throw new Error('The sandbox is not running (use it inside a test or hook).');
    return current;
  };
  return {
    get url() {
      return get().url;
    },
    get sandbox() {
      return get().sandbox;
    },
    get ctx() {
      return get().ctx;
    },
    get db() {
      return get().db;
    },
    get dbPath() {
      return get().dbPath;
    },
    get clock() {
      return get().clock;
    },
    api: (...args) => get().api(...args),
    raw: (...args) => get().raw(...args),
    tokenRequest: (...args) => get().tokenRequest(...args),
    passwordGrant: (...args) => get().passwordGrant(...args),
    passwordToken: (...args) => get().passwordToken(...args),
    openAuthorize: (...args) => get().openAuthorize(...args),
    authorizeCode: (...args) => get().authorizeCode(...args),
    exchangeCode: (...args) => get().exchangeCode(...args),
    chaos: (...args) => get().chaos(...args),
    close: () => get().close(),
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Small helpers shared by the test files

/** Follows NextPage links from a first URL, returning every page's parsed JSON body. Stops after `maxPages`. */
export async function walkPages<T extends { NextPage: string | null }>(
  harness: Pick<Harness, 'api'>,
  firstUrl: string,
  token: string,
  parse: (body: unknown) => T,
  maxPages = 1000,
): Promise<T[]> {
  const pages: T[] = [];
  let next: string | null = firstUrl;
  while (next !== null) {
    if (pages.length >= maxPages) throw new Error(`More than ${maxPages} pages`);
    const response: ApiResponse = await harness.api(next, { token });
    if (response.status !== 200) throw new Error(`GET ${next} answered ${response.status}: ${response.text.slice(0, 300)}`);
    const page = parse(response.json());
    pages.push(page);
    next = page.NextPage;
  }
  return pages;
}

/** A query-string helper: `withQuery(PATHS.opportunities, { tripId })`. */
export function withQuery(base: string, query: Record<string, string>): string {
  return `${base}?${new URLSearchParams(query).toString()}`;
}

/** Changes one character of an opaque token. */
export function tamper(token: string, at = Math.floor(token.length / 2)): string {
  const char = token[at] ?? 'A';
  const replacement = char === 'A' ? 'B' : 'A';
  return `${token.slice(0, at)}${replacement}${token.slice(at + 1)}`;
}
