import { z } from 'zod';

/** Defaults let `npm start` work with no configuration; the gateway uses the same defaults. */
export const DEFAULT_CLIENT_ID = '6d1b3b0e-5c0a-4c4e-9d1e-2f6c8a7b9e01';
export const DEFAULT_CLIENT_SECRET = 'b7e2c1f4-8a3d-4f6b-9c2e-5d7a1e3f9b80';
export const DEMO_PASSWORD = 'sandbox';

const integer = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

const envSchema = z.object({
  SANDBOX_PORT: integer('SANDBOX_PORT', 0, 65535).default(8081),
  SANDBOX_HOST: z.string().default('127.0.0.1'),
  SANDBOX_DB: z.string().min(1).default('.data/sandbox.sqlite'),
  SANDBOX_CLIENT_ID: z.string().min(1).default(DEFAULT_CLIENT_ID),
  SANDBOX_CLIENT_SECRET: z.string().min(8, 'SANDBOX_CLIENT_SECRET must have at least 8 characters').default(DEFAULT_CLIENT_SECRET),
  SANDBOX_REDIRECT_URIS: z
    .string()
    .default('http://127.0.0.1:8080/oauth/callback,http://localhost:8080/oauth/callback,http://localhost:5173/oauth/callback')
    .transform((value) => value.split(',').map((uri) => uri.trim()).filter(Boolean))
    .pipe(z.array(z.url('SANDBOX_REDIRECT_URIS must be absolute URLs separated by commas')).min(1)),
  /** Access-token lifetime in seconds (Concur: 3600). */
  SANDBOX_TOKEN_TTL: integer('SANDBOX_TOKEN_TTL', 1, 86400).default(3600),
  /** Requests per token per minute; 0 turns the limit off. */
  SANDBOX_RATE_LIMIT: integer('SANDBOX_RATE_LIMIT', 0, 10_000_000).default(3000),
  SANDBOX_FAULTS: z.enum(['0', '1', '']).default('0').transform((value) => value === '1'),
  /** The base URL the sandbox announces as `geolocation` and in `URI`/`NextPage`; defaults to http://host:port. */
  SANDBOX_PUBLIC_URL: z.url().optional(),
});

export interface SandboxConfig {
  port: number;
  host: string;
  dbPath: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  tokenTtlSeconds: number;
  rateLimitPerMinute: number;
  faultsEnabled: boolean;
  publicUrl?: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid sandbox configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.SANDBOX_PORT,
    host: e.SANDBOX_HOST,
    dbPath: e.SANDBOX_DB,
    clientId: e.SANDBOX_CLIENT_ID,
    clientSecret: e.SANDBOX_CLIENT_SECRET,
    redirectUris: e.SANDBOX_REDIRECT_URIS,
    tokenTtlSeconds: e.SANDBOX_TOKEN_TTL,
    rateLimitPerMinute: e.SANDBOX_RATE_LIMIT,
    faultsEnabled: e.SANDBOX_FAULTS,
    ...(e.SANDBOX_PUBLIC_URL ? { publicUrl: e.SANDBOX_PUBLIC_URL.replace(/\/$/, '') } : {}),
  };
}
