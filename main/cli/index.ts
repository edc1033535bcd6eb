import { Command as Program, CommanderError, Option } from 'commander';
import { z } from 'zod';
import type { Command, Io } from './command';
import { COMMANDS } from './commands/index';
import { commonOptions, fromFileOption, outputOptions, waitOption } from './common-options';
import { EXIT, EXIT_CODES_HELP } from './exit-codes';
import { exitCodeOf, refusal, reportAsJson, type Report } from './report';
import { runCommand } from './run-command';
import { oneLine } from './one-line';
import packageJson from '../../package.json' with { type: 'json' };

/** The values an enum option takes, for its help line; its schema still does the checking. */
function choicesOf(schema: z.ZodType): string[] | undefined {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodEnum ? inner.options.map(String) : undefined;
}

function optionFor(flags: string, description: string, schema: z.ZodType): Option {
  // Required options are checked by their schema, after commander has looked for unknown options (and suggested the one meant).
  const required = !schema.safeParse(undefined).success;
  const option = new Option(flags, required ? `${description} (required)` : description);
  const choices = choicesOf(schema);
  // Shown in the help only: commander's own check would run instead of the schema's.
  if (choices) option.argChoices = choices;
  return option;
}

/** Prints a report the way its reader wants: one JSON document, or lines for people (what went wrong on standard error). */
function print(name: string, report: Report, json: boolean, verbose: boolean, quiet: boolean, io: Io): void {
  if (json) {
    io.out(reportAsJson(name, report));
    return;
  }
  if (verbose) for (const entry of report.done) io.out(oneLine(`${entry.item}: ${entry.reason}`));
  // A refusal's reason is a sentence of its own; skipped files and problems are named by their file.
  for (const entry of report.refused) io.err(oneLine(report.exit === undefined ? entry.reason : `gloss ${name}: ${entry.reason}`));
  for (const entry of [...report.skipped, ...report.problems]) io.err(oneLine(entry.reason.startsWith(entry.item) ? entry.reason : `${entry.item}: ${entry.reason}`));
  if (report.stopped) {
    io.err(oneLine(`${report.summary} ${report.stopped.notTried.length} not tried: ${report.stopped.reason}.`));
    return;
  }
  if (quiet || !report.summary || report.exit !== undefined) return;
  if (exitCodeOf(report) === EXIT.refused) io.err(report.summary);
  else io.out(report.summary);
}

/** Adds one registry command to the parser, with its help and its action. */
function addCommand(program: Program, command: Command, io: Io, finish: (code: number) => void): void {
  const sub = program.command(command.name).summary(command.summary).description(command.summary);
  sub.argument('<dir>', 'the workspace folder');
  if (command.argument) sub.argument(`<${command.argument.name}>`, command.argument.description);
  if (command.inputs) {
    sub.argument('[files...]', `${command.inputs.description}; "-" reads a list of paths from standard input`);
    sub.addOption(fromFileOption());
  }
  for (const spec of Object.values(command.options)) sub.addOption(optionFor(spec.flags, spec.description, spec.schema));
  if (command.access === 'write') sub.addOption(waitOption());
  for (const option of outputOptions()) sub.addOption(option);
  sub.addHelpText('after', `\nExamples:\n${command.examples.map((example) => `  ${example}`).join('\n')}\n\nExit codes: see gloss --help.`);
  sub.action(async () => {
    const [dir, ...rest] = sub.processedArgs as [string, ...unknown[]];
    const argument = command.argument ? String(rest.shift()) : '';
    const files = rest[0] as string[] | undefined;
    const opts = sub.opts();
    const common = commonOptions(opts);
    if (!common.ok) return sub.error(`error: ${common.error}`, { exitCode: EXIT.refused });
    const raw = Object.fromEntries(
      Object.entries(command.options).map(([key, spec]) => [key, opts[new Option(spec.flags).attributeName()]]),
    );
    const report = await runCommand(command, { dir, argument, files: files ?? [] }, raw, common.value, io);
    if ('usage' in report) return sub.error(`error: ${report.usage}`, { exitCode: EXIT.refused });
    print(command.name, report, common.value.json, common.value.verbose, common.value.quiet, io);
    finish(exitCodeOf(report));
  });
}

function buildProgram(io: Io, finish: (code: number) => void): Program {
  const program = new Program('gloss')
    .usage('<command> [options]')
    .version(packageJson.version, '-V, --version', "print Gloss's version")
    .description('Gloss on the command line: build, check and exchange annotation workspaces.')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) })
    .addHelpText(
      'after',
      `\nRun "gloss <command> --help" for a command's arguments, options and examples.\n` +
        `Files may be given as files, folders, glob patterns, "-" (a list on standard input) or --from-file LIST.\n\n${EXIT_CODES_HELP}`,
    );
  for (const command of COMMANDS) addCommand(program, command, io, finish);
  return program;
}

/** Commander's error codes that are not errors: help or the version was asked for. */
const NOT_ERRORS = new Set(['commander.helpDisplayed', 'commander.version']);

/** Runs one `gloss` command on the services, in plain Node, and returns its exit code (see exit-codes.ts). */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.done;
  const program = buildProgram(io, (finished) => {
    code = finished;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (NOT_ERRORS.has(error.code)) return EXIT.done;
    if (error.code === 'commander.unknownCommand') {
      io.err(`\nCommands:\n${COMMANDS.map((command) => `  ${command.name.padEnd(20)}${command.summary}`).join('\n')}\n\nRun "gloss --help" for more.`);
    }
    if (argv.includes('--json')) io.out(reportAsJson(argv[0] ?? '', refusal('command line', error.message.replace(/^error: /, ''))));
    return EXIT.refused;
  }
}
