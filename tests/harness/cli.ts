import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './server';

/**
 * npm run harness -- --workspace <dir> [--port <n>] [--preferences <dir>]
 * Prints "READY <url>" once the page can be opened.
 */
const { values } = parseArgs({
  options: {
    workspace: { type: 'string' },
    port: { type: 'string' },
    preferences: { type: 'string' },
  },
});

if (!values.workspace) {
  console.error('usage: npm run harness -- --workspace <dir> [--port <n>] [--preferences <dir>]');
  process.exit(2);
}

const harness = await startHarness({
  workspace: resolve(values.workspace),
  port: values.port ? Number(values.port) : 0,
  preferencesDir: resolve(values.preferences ?? join(tmpdir(), 'gloss-harness-preferences')),
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

console.log(`READY ${harness.url}`);
const stop = () => void harness.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
