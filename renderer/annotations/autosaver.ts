export type SaveStatus = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** Long enough to batch a burst of tagging, short enough that a crash loses little. */
export const AUTOSAVE_DELAY_MS = 300;
/** After a failed save (disk full, folder gone), try again after this long, doubling up to the cap. */
export const RETRY_FIRST_MS = 2_000;
export const RETRY_MAX_MS = 30_000;

/**
 * Saves the latest snapshot shortly after each change. Only one save runs at
 * a time; changes made meanwhile are saved right after it. `flush` saves at
 * once, for when the document is closed or the window goes away. A snapshot
 * that failed to save is kept and tried again until it succeeds or a newer
 * one replaces it, so a passing fault never loses work.
 */
export class Autosaver<T> {
  private pending: T | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private retryMs = RETRY_FIRST_MS;

  constructor(
    private readonly save: (snapshot: T) => Promise<{ ok: true } | { ok: false; message: string }>,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  schedule(snapshot: T): void {
    this.pending = snapshot;
    this.onStatus({ kind: 'saving' });
    this.wake(this.delayMs);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) await this.running;
    const snapshot = this.pending;
    if (snapshot === null) return;
    this.pending = null;
    this.running = this.write(snapshot);
    await this.running;
    this.running = null;
  }

  /** Stops retrying; what is still unsaved stays pending for a last flush. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private wake(afterMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), afterMs);
  }

  private async write(snapshot: T): Promise<void> {
    const result = await this.save(snapshot);
    if (this.pending !== null) return; // a newer snapshot is waiting; its save reports
    if (result.ok) {
      this.retryMs = RETRY_FIRST_MS;
      this.onStatus({ kind: 'saved' });
      return;
    }
    this.pending = snapshot;
    this.onStatus({ kind: 'failed', message: `${result.message} (trying again)` });
    this.wake(this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }
}
