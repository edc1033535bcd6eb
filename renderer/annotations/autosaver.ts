export type SaveStatus = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** Long enough to batch a burst of tagging, short enough that a crash loses little. */
export const AUTOSAVE_DELAY_MS = 300;

/**
 * Saves the latest snapshot shortly after each change. Only one save runs at
 * a time; changes made meanwhile are saved right after it. `flush` saves at
 * once, for when the document is closed or the window goes away.
 */
export class Autosaver<T> {
  private pending: T | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly save: (snapshot: T) => Promise<{ ok: true } | { ok: false; message: string }>,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  schedule(snapshot: T): void {
    this.pending = snapshot;
    this.onStatus({ kind: 'saving' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
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

  private async write(snapshot: T): Promise<void> {
    const result = await this.save(snapshot);
    if (this.pending !== null) return; // a newer snapshot is waiting; its save reports
    if (result.ok) {
      this.onStatus({ kind: 'saved' });
      return;
    }
    // Keep the unsaved snapshot: the next change or flush tries it again.
    this.pending = snapshot;
    this.onStatus({ kind: 'failed', message: result.message });
  }
}
