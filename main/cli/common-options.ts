import { Option } from 'commander';
import { z } from 'zod';
import type { ProgressChoice } from './progress';

/** `--wait` without a number waits this long at most: a nightly job must end. */
const DEFAULT_WAIT_SECONDS = 600;
/** No wait is unbounded; a day is more than any import takes. */
const MAX_WAIT_SECONDS = 86_400;

const WaitSchema = z
  .union([z.literal(true).transform(() => DEFAULT_WAIT_SECONDS), z.coerce.number().min(0).max(MAX_WAIT_SECONDS)])
  .optional()
  .transform((seconds) => (seconds ?? 0) * 1000);

/** Options every command takes (and `--wait` every command that writes), checked like the commands' own. */
const CommonOptionsSchema = z.object({
  json: z.boolean().optional(),
  quiet: z.boolean().optional(),
  progress: z.boolean().optional(),
  verbose: z.boolean().optional(),
  wait: WaitSchema,
  fromFile: z.array(z.string()).optional(),
});

export interface CommonOptions {
  json: boolean;
  verbose: boolean;
  quiet: boolean;
  progress: ProgressChoice;
  waitMs: number;
  lists: string[];
}

export function commonOptions(raw: Record<string, unknown>): { ok: true; value: CommonOptions } | { ok: false; error: string } {
  const parsed = CommonOptionsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `option '--${String(parsed.error.issues[0]?.path[0])}': ${parsed.error.issues[0]?.message}` };
  const { json = false, quiet = false, progress = false, verbose = false, wait, fromFile = [] } = parsed.data;
  // --json leaves the bar on: it is drawn on standard error, only on a terminal, and cleared before the JSON is printed.
  const choice: ProgressChoice = progress ? 'always' : quiet ? 'never' : 'auto';
  return { ok: true, value: { json, verbose, quiet, progress: choice, waitMs: wait, lists: fromFile } };
}

const OUTPUT = 'Output options:';

export function outputOptions(): Option[] {
  return [
    new Option('--json', 'print one JSON document: what was done, skipped and refused, each with its reason').helpGroup(OUTPUT),
    new Option('--verbose', 'also list each thing done, not only what went wrong').helpGroup(OUTPUT),
    new Option('-q, --quiet', 'no progress bar and no summary; problems are still reported').helpGroup(OUTPUT),
    new Option('--progress', 'draw the progress bar even when standard error is not a terminal').helpGroup(OUTPUT),
  ];
}

export function waitOption(): Option {
  return new Option(
    '--wait [seconds]',
    `if another Gloss is writing the workspace, wait for it (at most ${DEFAULT_WAIT_SECONDS} s, or the seconds given) instead of refusing`,
  );
}

export function fromFileOption(): Option {
  return new Option('--from-file <list>', 'also take the paths listed in this file, one a line (repeatable)').argParser(
    (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
  );
}
