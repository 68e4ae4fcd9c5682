import type { SandboxConfig } from './config';
import { openDatabase } from './db';
import { buildSandbox, type Sandbox } from './app';

export interface RunningSandbox extends Sandbox {
  url: string;
  close(): Promise<void>;
}

/** Opens (seeding if new) the database and listens. Port 0 picks a free port. */
export async function startSandbox(config: SandboxConfig, options: { logger?: boolean; now?: () => Date } = {}): Promise<RunningSandbox> {
  const db = openDatabase(config.dbPath);
  const sandbox = await buildSandbox({ config, db, ...options });
  await sandbox.app.listen({ port: config.port, host: config.host });
  return {
    ...sandbox,
    url: sandbox.ctx.baseUrl(),
    async close() {
      await sandbox.app.close();
      db.close();
    },
  };
}
