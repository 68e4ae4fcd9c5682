/** Assertions shared by the contract tests. Each one fails the test with the response in the message. */
import { expect } from 'vitest';
import type { z } from 'zod';
import { ConcurError, ConcurErrorXml, OAuthError } from './contract-schemas';
import type { ApiResponse, TokenResult } from './harness';

function describeResponse(response: ApiResponse): string {
  return `HTTP ${response.status} ${response.contentType}: ${response.text.slice(0, 500)}`;
}

/** Every response carries a `concur-correlationid` header. */
export function expectCorrelationId(headers: Headers): string {
  const id = headers.get('concur-correlationid');
  expect(id, 'concur-correlationid header').toMatch(/^\S{8,}$/);
  return id ?? '';
}

/** A 200 JSON response parsed with a contract schema. */
export function expectJson<S extends z.ZodType>(response: ApiResponse, schema: S, status = 200): z.output<S> {
  expect(response.status, describeResponse(response)).toBe(status);
  expect(response.contentType).toMatch(/^application\/json\b/);
  expectCorrelationId(response.headers);
  return schema.parse(response.json());
}

/** A 200 XML response: checks the root element, then parses the root's content with a contract schema. */
export function expectXml<S extends z.ZodType>(response: ApiResponse, root: string, schema: S, status = 200): z.output<S> {
  expect(response.status, describeResponse(response)).toBe(status);
  expect(response.contentType).toMatch(/^(?:application|text)\/xml\b/);
  expectCorrelationId(response.headers);
  const document = response.xml();
  expect(document.root).toBe(root);
  return schema.parse(document.body);
}

/** A v3 error in Concur's shape (`{"Error":{"Message","Server-Time","Id"}}` or `<Error>…</Error>`), in either format. */
export function expectConcurError(response: ApiResponse, status: number): { Message: string; 'Server-Time': string; Id: string } {
  expect(response.status, describeResponse(response)).toBe(status);
  expectCorrelationId(response.headers);
  if (/json/.test(response.contentType)) return ConcurError.parse(response.json()).Error;
  expect(response.contentType, describeResponse(response)).toMatch(/xml/);
  const document = response.xml();
  expect(document.root).toBe('Error');
  return ConcurErrorXml.parse(document.body);
}

/** An OAuth error from the token endpoint: `{error, error_description, code}`. */
export function expectOAuthError(result: TokenResult, status: number, error: OAuthError['error'], code?: number): OAuthError {
  expect(result.status, JSON.stringify(result.body)).toBe(status);
  expectCorrelationId(result.headers);
  const body = OAuthError.parse(result.body);
  expect(body.error).toBe(error);
  if (code !== undefined) expect(body.code, body.error_description).toBe(code);
  return body;
}

/** Counts how often each value occurs more than once. */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}
