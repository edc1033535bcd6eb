export type SaveStatus = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** Long enough to batch a burst of tagging, short enough that a crash loses little. */
const AUTOSAVE_DELAY_MS = 300;
/** After a failed save (disk full, folder gone), try again after this long, doubling up to the cap. */
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

/**
 * Saves pending work shortly after each change. Only one save runs at a time;
 * work scheduled meanwhile is merged (`merge(older, newer)`) and saved right
 * after it, so nothing scheduled is ever dropped and saves reach the services
 * in the order they were made. `flush` saves at once, for when the document is
 * closed or the window goes away. Work that failed to save is merged under
 * whatever came after it and tried again until it succeeds, so a passing fault
 * never loses work.
 */
export class Autosaver<T> {
  private pending: T | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private retryMs = RETRY_FIRST_MS;

  constructor(
    private readonly save: (work: T) => Promise<{ ok: true } | { ok: false; message: string }>,
    private readonly merge: (older: T, newer: T) => T,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  schedule(work: T): void {
    this.pending = this.pending === null ? work : this.merge(this.pending, work);
    this.onStatus({ kind: 'saving' });
    this.wake(this.delayMs);
  }

  /** Resolves once everything scheduled before the call has been saved or has failed to. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Another flush may start a save while this one waits: wait for that one too.
    while (this.running) await this.running;
    const work = this.pending;
    if (work === null) return;
    this.pending = null;
    this.running = this.write(work).finally(() => {
      this.running = null;
    });
    await this.running;
  }

  /** Whether a change is not on disk yet: waiting, being saved, or failed and waiting to be tried again. */
  hasUnsaved(): boolean {
    return this.pending !== null || this.running !== null;
  }

  private wake(afterMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), afterMs);
  }

  private async write(work: T): Promise<void> {
    // A save that throws (it should answer a failure instead) is a failure too: the work is kept.
    const result = await this.save(work).catch((error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }));
    if (result.ok) {
      this.retryMs = RETRY_FIRST_MS;
      // Newer work is waiting: its own save reports.
      if (this.pending === null) this.onStatus({ kind: 'saved' });
      return;
    }
    this.pending = this.pending === null ? work : this.merge(work, this.pending);
    this.onStatus({ kind: 'failed', message: `${result.message} (trying again)` });
    this.wake(this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }
}
