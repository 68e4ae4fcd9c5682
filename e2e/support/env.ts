export function gatewayUrl(): string {
  const url = process.env.GATEWAY_URL;
  if (!url) throw new Error('GATEWAY_URL is not set: run the suite through npm run test:e2e (global setup starts the stack).');
  return url;
}

export function sandboxUrl(): string {
  const url = process.env.SANDBOX_URL;
  if (!url) throw new Error('SANDBOX_URL is not set: run the suite through npm run test:e2e.');
  return url;
}

export const DEMO_PASSWORD = 'sandbox';
export const USERS = {
  finance: 'finance.admin@sandbox.test',
  travel: 'travel.manager@sandbox.test',
  clerk: 'ap.clerk@sandbox.test',
} as const;
