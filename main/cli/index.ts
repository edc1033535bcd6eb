import { parseArgs } from 'node:util';
import type { Command, Output } from './command';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { importAnnotationsCommand } from './commands/import-annotations';
import { initCommand } from './commands/init';
import { statsCommand } from './commands/stats';
import { validateCommand } from './commands/validate';

/** Every `gloss` subcommand; each lives in its own module under commands/. */
const COMMANDS: readonly Command[] = [initCommand, importCommand, validateCommand, statsCommand, exportCommand, importAnnotationsCommand];

const USAGE = [
  'usage: gloss <command> [options]',
  '',
  ...COMMANDS.map((command) => `  ${command.usage}`),
  '',
  'Run through npm: npm run -s gloss -- <command> ...',
].join('\n');

/** Runs one CLI command on the services, in plain Node. Returns the exit code. */
export async function runCli(argv: readonly string[], io: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`gloss: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: command.options ?? {} });
  } catch (error) {
    io.err(`gloss ${name}: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const code = await command.run({ positionals: parsed.positionals, values: parsed.values }, io);
  if (code === 2) io.err(`gloss ${name}: missing arguments\n\nusage: gloss ${command.usage}`);
  return code;
}
