import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Entry } from './report';

/** How a command takes files: what the help says, and what a folder is searched for. */
export interface InputSpec {
  /** For the help, e.g. "articles: files, folders or glob patterns". */
  description: string;
  /**
   * The extensions (with the dot) a folder is searched for, in it and below;
   * null when folders are handed on as they are (the service walks them).
   */
  folderExtensions: readonly string[] | null;
}

export interface ExpandedInputs {
  paths: string[];
  /** Patterns that matched nothing, lists that could not be read. */
  unmatched: Entry[];
}

/** Lines of a path list: one path a line, blank lines and surrounding spaces ignored (so CRLF lists work). */
function pathsInList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

async function searchFolder(dir: string, extensions: readonly string[]): Promise<string[]> {
  // Hidden files (dot: false) are left out: a workspace's lock, editors' backups, .DS_Store.
  const found = await glob('**/*', { cwd: dir, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: false });
  return found.filter((path) => extensions.includes(extname(path).toLowerCase())).sort();
}

/**
 * Turns what was typed into paths: files as they are; folders searched for
 * the command's files; glob patterns (quoted, so the shell leaves them);
 * `-` for a list on standard input; `--from-file` lists. Nothing here limits
 * how many, so 100,000 files go in through a folder or a list, never through
 * the argument list.
 */
export async function expandInputs(
  args: readonly string[],
  lists: readonly string[],
  spec: InputSpec,
  readStdin: () => Promise<string>,
): Promise<ExpandedInputs> {
  const typed: string[] = [];
  const unmatched: Entry[] = [];
  for (const arg of args) {
    if (arg === '-') typed.push(...pathsInList(await readStdin()));
    else typed.push(arg);
  }
  for (const list of lists) {
    try {
      typed.push(...pathsInList(await readFile(list, 'utf8')));
    } catch (error) {
      unmatched.push({ item: list, reason: `the list cannot be read (${error instanceof Error ? error.message : String(error)})` });
    }
  }
  const paths: string[] = [];
  for (const arg of typed) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory() && spec.folderExtensions) {
      const found = await searchFolder(arg, spec.folderExtensions);
      if (found.length === 0) unmatched.push({ item: arg, reason: `the folder holds no ${spec.folderExtensions.join(', ')} file` });
      paths.push(...found);
    } else if (!info && isDynamicPattern(arg)) {
      const found = await glob(arg, { absolute: true, onlyFiles: true, followSymbolicLinks: false });
      if (found.length === 0) unmatched.push({ item: arg, reason: 'the pattern matches no file' });
      paths.push(...found.sort());
    } else {
      // A file, a folder the service walks, or a name that does not exist: the service says what is wrong with it.
      paths.push(resolve(arg));
    }
  }
  return { paths: [...new Set(paths)], unmatched };
}
