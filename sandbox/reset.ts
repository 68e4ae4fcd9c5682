import { rmSync } from 'node:fs';
import { readConfig } from './config';
import { openDatabase } from './db';

/** Recreates the sandbox database from the seed. */
const config = readConfig();
for (const suffix of ['', '-wal', '-shm']) rmSync(`${config.dbPath}${suffix}`, { force: true });
const started = Date.now();
openDatabase(config.dbPath).close();
console.log(`Sandbox database recreated from the seed at ${config.dbPath} (${Date.now() - started} ms).`);
