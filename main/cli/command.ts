import { z } from 'zod';
import type { Workspace } from '../services/workspace/workspace';
import type { InputSpec } from './inputs';
import type { Progress } from './progress';
import type { Report } from './report';

/** Where a command writes, and what it may read: the real process's streams, or arrays in tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Standard input as text, for the `-` argument. */
  readStdin?(): Promise<string>;
  /** Where a progress bar is drawn (standard error); `isTTY` decides whether one is drawn unasked. */
  progressStream?: { write(text: string): void; isTTY: boolean; columns: number | undefined };
  /** The environment, for CI detection. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** One option of a command; its value is checked by its zod schema (the contract's, where it has one). */
interface OptionSpec<S extends z.ZodType = z.ZodType> {
  /** As written on the command line: "--format <name>", "--verbose". */
  flags: string;
  description: string;
  /** Checks and converts what was typed; an option whose schema refuses `undefined` is required. */
  schema: S;
}

export type OptionSpecs = Record<string, OptionSpec>;

interface ArgumentSpec {
  name: string;
  description: string;
}
type OptionValues<O extends OptionSpecs> = { [K in keyof O]: z.output<O[K]['schema']> };

/** How a command uses its workspace: writers take the workspace's lock first; `create` makes a new one. */
export type Access = 'read' | 'write' | 'create';

interface CommandContext<O extends OptionSpecs, A extends Access> {
  /** The workspace folder, resolved. */
  dir: string;
  /** The command's own argument after the folder (a document id), as typed; '' for commands that take none. */
  argument: string;
  /** The open workspace (locked for writing when the command writes); null for `create`. */
  workspace: A extends 'create' ? null : Workspace;
  options: OptionValues<O>;
  /** The files named (folders, globs, `-` and `--from-file` expanded), for commands that take files. */
  inputs: readonly string[];
  progress: Progress;
}

/**
 * One `gloss` subcommand, declared as data: the parser, the help text, the
 * workspace's opening and locking, input expansion, progress and output are
 * the framework's (index.ts). Adding a command is one file under commands/
 * and one line in commands/index.ts.
 */
export interface CommandSpec<O extends OptionSpecs, A extends Access> {
  name: string;
  /** One line for `gloss --help`. */
  summary: string;
  access: A;
  /** When the command takes files after the workspace folder. */
  inputs?: InputSpec;
  /** When the command takes one argument of its own after the folder: its name in the help ("document-id") and what it is. */
  argument?: ArgumentSpec;
  options: O;
  /** Shown under "Examples" in the command's help; each starts with "gloss ". */
  examples: readonly string[];
  /**
   * Runs before the workspace is opened (and locked): a report stops the
   * command there; a note is handed to `run` (sync brings a shared
   * workspace into an empty folder this way).
   */
  beforeOpening?(dir: string, options: OptionValues<O>): Promise<{ stop: Report } | { note: string | null }>;
  run(context: CommandContext<O, A> & { note: string | null }): Promise<Report>;
}

/** A command with its option types erased, as the registry holds it; `prepare` checks the options against their schemas. */
export interface Command {
  name: string;
  summary: string;
  access: Access;
  inputs: InputSpec | undefined;
  argument: ArgumentSpec | undefined;
  options: OptionSpecs;
  examples: readonly string[];
  /** Checks the options as typed, before anything is opened: a usage message, or the command ready to run. */
  prepare(raw: Record<string, unknown>):
    | { usage: string }
    | {
        beforeOpening(dir: string): Promise<{ stop: Report } | { note: string | null }>;
        run(base: Omit<CommandContext<OptionSpecs, Access>, 'options'> & { note: string | null }): Promise<Report>;
      };
}

export function defineCommand<O extends OptionSpecs, A extends Access>(spec: CommandSpec<O, A>): Command {
  const shape = Object.fromEntries(Object.entries(spec.options).map(([key, option]) => [key, option.schema]));
  const schema = z.object(shape);
  return {
    name: spec.name,
    summary: spec.summary,
    access: spec.access,
    inputs: spec.inputs,
    argument: spec.argument,
    options: spec.options,
    examples: spec.examples,
    prepare(raw) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const [issue] = parsed.error.issues;
        const key = issue?.path[0];
        const flags = typeof key === 'string' ? spec.options[key]?.flags : undefined;
        const given = typeof key === 'string' && raw[key] === undefined ? 'is required' : issue?.message ?? 'is not valid';
        return { usage: given === 'is required' ? `option '${flags ?? String(key)}' is required` : `option '${flags ?? String(key)}': ${given}` };
      }
      // The object schema is built from the specs' own schemas, key for key, so its output is OptionValues<O>.
      const options = parsed.data as OptionValues<O>;
      return {
        beforeOpening: (dir) => (spec.beforeOpening ? spec.beforeOpening(dir, options) : Promise.resolve({ note: null })),
        // The framework opens the workspace as `access` says (null only for 'create').
        run: (base) => spec.run({ ...base, workspace: base.workspace as CommandContext<O, A>['workspace'], options }),
      };
    },
  };
}
