import type { Page, Request } from '@playwright/test';

/** Records what a page does that a user would never want: page errors, CSP violations, requests to other hosts. */
export function watchPage(page: Page, allowedOrigins: string[]) {
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  const foreignRequests: string[] = [];
  const requests: Request[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|apply|execute)/i.test(message.text())) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    requests.push(request);
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (!allowedOrigins.includes(url.origin)) foreignRequests.push(request.url());
  });
  return { pageErrors, cspViolations, foreignRequests, requests };
}
