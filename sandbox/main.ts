import { readConfig, DEMO_PASSWORD } from './config';
import { startSandbox } from './start';
import { DEMO_USERS } from './users';

const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();

const sandbox = await startSandbox(config);
console.log(`Concur sandbox listening on ${sandbox.url}  (database: ${config.dbPath}${config.faultsEnabled ? ', fault injection ON' : ''})`);
console.log(`Demo sign-ins (password "${DEMO_PASSWORD}"):`);
for (const user of DEMO_USERS) console.log(`  ${user.login.padEnd(30)} ${user.role}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
