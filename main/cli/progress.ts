/**
 * A progress bar for long work (import, export, validate, and whatever comes
 * next): the command says how many steps there are and how many are done;
 * whether and where anything is drawn is decided once, outside the command.
 */
export interface Progress {
  /** Starts a bar of `total` steps, labelled by what is being done ("Importing"). */
  start(label: string, total: number): void;
  /** `done` of the total steps are finished. */
  update(done: number): void;
  /** Clears the bar, so the summary that follows stands alone. */
  stop(): void;
}

const NO_PROGRESS: Progress = { start() {}, update() {}, stop() {} };

export interface ProgressStream {
  write(text: string): void;
  columns: number | undefined;
}

/** Redraws at most this often: drawing every step of 100,000 would cost more than the steps. */
const REDRAW_MS = 100;
/** No estimate before this much of the work: the first files say little about the rest. */
const ESTIMATE_AFTER_MS = 1000;
const DEFAULT_COLUMNS = 80;

function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const mmss = `${String(minutes % 60).padStart(hours > 0 ? 2 : 1, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** The bar's one line: label, bar, counts, percentage, time spent and an estimate of the time left. */
function progressLine(label: string, done: number, total: number, elapsedMs: number, columns: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const counts = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
  const left = done > 0 && elapsedMs >= ESTIMATE_AFTER_MS && done < total ? ` · about ${formatDuration((elapsedMs / done) * (total - done))} left` : '';
  const tail = ` ${counts} ${Math.floor(share * 100)}% · ${formatDuration(elapsedMs)}${left}`;
  const width = Math.max(10, Math.min(40, columns - label.length - tail.length - 3));
  const filled = Math.round(share * width);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}`;
}

/** Draws the bar on one line of a terminal, rewritten in place. */
function terminalProgress(stream: ProgressStream, now: () => number = Date.now): Progress {
  let label = '';
  let total = 0;
  let started = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  const draw = (done: number) => {
    lastDraw = now();
    drawn = true;
    stream.write(`\r\x1b[2K${progressLine(label, done, total, lastDraw - started, stream.columns ?? DEFAULT_COLUMNS)}`);
  };
  return {
    start(nextLabel, nextTotal) {
      label = nextLabel;
      total = nextTotal;
      started = now();
      draw(0);
    },
    update(done) {
      if (done >= total || now() - lastDraw >= REDRAW_MS) draw(done);
    },
    stop() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

export type ProgressChoice = 'auto' | 'always' | 'never';

/**
 * On a terminal unless in CI, with or without --json; `--progress` forces it (on
 * standard error, so a pipe of standard output stays clean), `--quiet` turns it off.
 */
export function chooseProgress(
  choice: ProgressChoice,
  stream: (ProgressStream & { isTTY: boolean }) | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Progress {
  if (!stream || choice === 'never') return NO_PROGRESS;
  if (choice === 'always') return terminalProgress(stream);
  const inCi = Boolean(env['CI']) && env['CI'] !== 'false';
  return stream.isTTY && !inCi && env['TERM'] !== 'dumb' ? terminalProgress(stream) : NO_PROGRESS;
}
