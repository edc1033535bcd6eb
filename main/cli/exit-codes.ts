/**
 * What `gloss` exits with. Scripts branch on these, so they are part of the
 * interface: documented in `gloss --help` and the README, and tested.
 */
export const EXIT = {
  /** Everything asked was done. */
  done: 0,
  /** Some of it was done; what was skipped or found wrong is listed (a file not imported, a damaged file found). */
  partly: 1,
  /** Nothing was done: the command line was wrong, or the request was refused as a whole (not a workspace, an all-or-nothing import with a problem). */
  refused: 2,
  /** The workspace is being written by another Gloss (the app, the harness or another command); try again or use --wait. */
  busy: 3,
  /** An error stopped the work part-way (a full disk, a file that could not be written); what was done before is listed. */
  failed: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit-code table for `gloss --help`. */
export const EXIT_CODES_HELP = [
  'Exit codes:',
  `  ${EXIT.done}  done: everything asked was done`,
  `  ${EXIT.partly}  partly done: some files were skipped, or problems were found (each is listed)`,
  `  ${EXIT.refused}  refused: a usage error, or nothing was done (not a workspace, a refused import)`,
  `  ${EXIT.busy}  busy: another Gloss is writing the workspace (use --wait [seconds])`,
  `  ${EXIT.failed}  failed: an error stopped the work part-way (disk full, write error)`,
].join('\n');
