import type { z } from 'zod';
import { err, ok, type Result } from '../result';

/**
 * Validates data from outside the program (a file, an IPC message, an HTTP body).
 * The parameter is `unknown` on purpose: passing an `any` does not type-check
 * without a cast, so unvalidated data cannot slip through unnoticed.
 */
export function parseUnknown<S extends z.ZodType>(
  schema: S,
  data: unknown,
): Result<z.output<S>, string> {
  const parsed = schema.safeParse(data);
  return parsed.success ? ok(parsed.data) : err(describeIssues(parsed.error.issues));
}

/** One readable line per problem, with the JSON path where it was found. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return shown.join('; ') + more;
}
