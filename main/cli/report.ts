import { EXIT, type ExitCode } from './exit-codes';

/** One thing a command did, skipped or refused, and why. */
export interface Entry {
  /** What it is about: a file as given, a document id, a workspace folder. */
  item: string;
  reason: string;
  /** The id it got or has, when it is a document. */
  id?: string;
}

/**
 * What a command reports. People see the summary and each entry that went
 * wrong; `--json` prints all of it as one document.
 */
export interface Report {
  /** One line for people, such as "Imported 20 of 21 files." */
  summary: string;
  done: Entry[];
  skipped: Entry[];
  refused: Entry[];
  /** What a check found wrong (validate, stats): the work was done, the workspace has problems. */
  problems: Entry[];
  /** Set when an error stopped the work part-way (a full disk): why, and the items not tried after it. */
  stopped?: { reason: string; notTried: string[] };
  /** Figures a script may want, printed only in the JSON. */
  details?: Record<string, unknown>;
  /** Set when the code does not follow from the lists: busy, failed. */
  exit?: ExitCode;
}

export function emptyReport(summary = ''): Report {
  return { summary, done: [], skipped: [], refused: [], problems: [] };
}

/** A command refused as a whole: nothing was done. */
export function refusal(item: string, reason: string, exit: ExitCode = EXIT.refused): Report {
  return { ...emptyReport(`Refused: ${reason}`), refused: [{ item, reason }], exit };
}

export function exitCodeOf(report: Report): ExitCode {
  if (report.exit !== undefined) return report.exit;
  if (report.stopped) return EXIT.failed;
  const troubles = report.skipped.length + report.refused.length + report.problems.length;
  if (troubles === 0) return EXIT.done;
  return report.done.length === 0 && report.refused.length > 0 && report.skipped.length === 0 ? EXIT.refused : EXIT.partly;
}

/** The `--json` document: one object, so a script reads it with one parse. */
export function reportAsJson(command: string, report: Report): string {
  const { summary, done, skipped, refused, problems, stopped, details } = report;
  return JSON.stringify(
    { command, exitCode: exitCodeOf(report), summary, done, skipped, refused, problems, ...(stopped ? { stopped } : {}), ...(details ? { details } : {}) },
    null,
    2,
  );
}
