import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importFiles } from '../services/import/import-files';
import { Workspace } from '../services/workspace/workspace';

const USAGE = `usage: gloss <command> [options]

  init <dir> [--name <name>]   create an empty workspace in a new or empty folder
  import <dir> <files...>      import articles (.txt) into a workspace
  validate <dir>               check every file of a workspace; exit 1 if any is damaged

Run through npm: npm run -s gloss -- <command> ...`;

type Output = { out: (line: string) => void; err: (line: string) => void };

/** Runs one CLI command on the services, in plain Node. Returns the exit code. */
export async function runCli(argv: readonly string[], io: Output): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, dir, ...rest] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (!dir) {
    io.err(`gloss ${command}: missing the workspace folder\n\n${USAGE}`);
    return 2;
  }
  const folder = resolve(dir);
  switch (command) {
    case 'init': {
      const created = await Workspace.create(folder, values.name ?? 'Workspace');
      if (!created.ok) {
        io.err(`gloss init: ${created.error.file}: ${created.error.message}`);
        return 1;
      }
      io.out(`Created workspace "${created.value.name}" in ${folder}`);
      return 0;
    }
    case 'import': {
      if (rest.length === 0) {
        io.err('gloss import: name at least one file to import');
        return 2;
      }
      const opened = await Workspace.open(folder);
      if (!opened.ok) {
        io.err(`gloss import: ${opened.error.message}`);
        return 1;
      }
      const outcomes = await importFiles(opened.value, rest.map((file) => resolve(file)));
      for (const outcome of outcomes) {
        const line = `${outcome.file}: ${outcome.message}${outcome.documentId ? ` (${outcome.documentId})` : ''}`;
        if (outcome.documentId) io.out(line);
        else io.err(line);
      }
      const imported = outcomes.filter((outcome) => outcome.documentId !== null).length;
      io.out(`Imported ${imported} of ${outcomes.length} files.`);
      return imported === outcomes.length ? 0 : 1;
    }
    case 'validate': {
      const opened = await Workspace.open(folder);
      if (!opened.ok) {
        io.err(`${opened.error.file}: ${opened.error.message}`);
        return 1;
      }
      const problems = await opened.value.validate();
      for (const problem of problems) io.err(problem.message);
      if (problems.length > 0) return 1;
      io.out(`OK: ${opened.value.entries.length} documents, every file valid.`);
      return 0;
    }
    default:
      io.err(`gloss: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
