import type { SandboxConfig } from './config';
import type { SandboxDb } from './db';
import type { CursorCodec } from './lib/cursor';
import type { TokenService } from './oauth/tokens';
import type { FaultRegistry } from './faults/registry';

export interface WriteCounters {
  total: number;
  byResource: Record<string, number>;
  byEntity: Record<string, number>;
}

export interface SandboxContext {
  config: SandboxConfig;
  db: SandboxDb;
  /** Base URL announced as geolocation and used in URI/NextPage, known once the server listens. */
  baseUrl: () => string;
  cursors: CursorCodec;
  tokens: TokenService;
  faults: FaultRegistry;
  writes: WriteCounters;
  now: () => Date;
}
