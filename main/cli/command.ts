/** Where a command writes: stdout and stderr in the real CLI, arrays in tests. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/**
 * One `gloss` subcommand. `run` gets the arguments after the command name and
 * returns the exit code: 0 success, 1 the work failed (and said why), 2 misuse.
 */
export interface Command {
  name: string;
  /** One line for the usage text, e.g. "import <dir> <files...>   import articles". */
  usage: string;
  options?: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  run(args: { positionals: string[]; values: Record<string, string | boolean | (string | boolean)[] | undefined> }, io: Output): Promise<number>;
}
