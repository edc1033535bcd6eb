import { simpleGit, type SimpleGit, type SimpleGitOptions } from 'simple-git';

/**
 * The system's git, through simple-git: it spawns the git the analyst
 * already has (their credential helpers, SSH keys and proxies work as they
 * do on the command line), never a shell, and refuses options and
 * configuration that would run other programs.
 */

/** No output from git for this long means it hangs (a server that stopped answering); it is stopped. */
const SILENT_MS = 120_000;

/**
 * Environment variables git reads for credentials and transports. simple-git
 * drops every ambient GIT_* variable unless it is listed: these are kept, so
 * an analyst's own askpass or SSH command still works.
 */
const KEPT_ENVIRONMENT = ['GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_TERMINAL_PROMPT', 'GIT_HTTP_PROXY_AUTHMETHOD'];

/** Variables that make git start another program (an editor, a pager); Gloss never lets git open one. */
const NEVER_PASSED = new Set(['editor', 'visual', 'pager', 'prefix']);

/** The process's environment as git gets it: without any other GIT_* setting (a GIT_DIR from a hook would aim git elsewhere) and without prompts. */
function gitEnvironment(): Record<string, string> {
  const kept = new Set(KEPT_ENVIRONMENT.map((name) => name.toLowerCase()));
  const passed = Object.entries(process.env).filter(([name, value]) => {
    const key = name.toLowerCase();
    return value !== undefined && !NEVER_PASSED.has(key) && (!key.startsWith('git_') || kept.has(key));
  });
  return { ...Object.fromEntries(passed as [string, string][]), GIT_TERMINAL_PROMPT: '0' };
}

function options(dir: string, extra: Partial<SimpleGitOptions> = {}): Partial<SimpleGitOptions> {
  return { baseDir: dir, maxConcurrentProcesses: 4, timeout: { block: SILENT_MS }, allowEnvironment: KEPT_ENVIRONMENT, ...extra };
}

/** What git said on failure: its own words, without the noise of a stack. */
export function gitMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('hint:'))
      .join(' ')
      .slice(0, 600) || 'git failed without saying why'
  );
}

let version: Promise<string | null> | null = null;

/**
 * The version of the system's git ("2.39.5"), or null where there is none
 * (the analyst is told Sync needs it). Asked once per process; a git
 * installed while Gloss runs is found when the answer was "none".
 */
export async function gitVersion(): Promise<string | null> {
  version ??= simpleGit(options(process.cwd()))
    .version()
    .then(
      (found) => (found.installed ? `${found.major}.${found.minor}.${String(found.patch)}` : null),
      () => null,
    );
  const found = await version;
  if (found === null) version = null;
  return found;
}

/** One repository: the workspace folder. */
export class Git {
  private readonly git: SimpleGit;

  constructor(readonly dir: string) {
    // Never a prompt for a password on a terminal nobody sees: git's credential helpers answer, or the sync fails saying why.
    this.git = simpleGit(options(dir)).env(gitEnvironment());
  }

  /** Runs git with these arguments (never through a shell) and answers what it printed. */
  run(args: readonly string[]): Promise<string> {
    return this.git.raw([...args]);
  }

  /** As run, but a failure is an answer (null), for questions such as "is there a HEAD?". */
  async ask(args: readonly string[]): Promise<string | null> {
    try {
      return (await this.run(args)).trim();
    } catch {
      return null;
    }
  }

  /**
   * Reads many files at given commits in one git process (`git cat-file
   * --batch`): each "commit:path" maps to its text, or null where that
   * commit has no such file.
   */
  async readBlobs(specs: readonly string[]): Promise<Map<string, string | null>> {
    const found = new Map<string, string | null>();
    if (specs.length === 0) return found;
    const input = `${specs.join('\n')}\n`;
    const batch = simpleGit(options(this.dir, { input: (commands) => (commands.includes('cat-file') ? input : undefined) })).env(gitEnvironment());
    const bytes = await batch.binaryCatFile(['--batch']);
    let at = 0;
    for (const spec of specs) {
      const end = bytes.indexOf(0x0a, at);
      const header = bytes.subarray(at, end).toString('utf8');
      at = end + 1;
      const [, type, size] = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header) ?? [];
      // "<spec> missing" has no content; a folder (tree) has, but is no file.
      if (size !== undefined) at += Number(size) + 1;
      found.set(spec, type === 'blob' && size !== undefined ? bytes.subarray(at - Number(size) - 1, at - 1).toString('utf8') : null);
    }
    return found;
  }
}
