/**
 * Runs tasks with the same key one after another, so two saves of one file
 * can never land out of order. Tasks with different keys run concurrently.
 */
export class SerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /**
   * Runs a task once it has the turn of every key, keeping each key's turn
   * until it ends. Every key's turn is asked for at once, when the task comes,
   * so tasks still run in the order they came on each key, and two such tasks
   * sharing keys can never wait for each other. (A key named twice is taken
   * once: its second turn would wait for the first.)
   */
  runAll<T>(keys: Iterable<string>, task: () => Promise<T>): Promise<T> {
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const turns = [...new Set(keys)].map(
      (key) =>
        new Promise<void>((turnCame) => {
          void this.run(key, () => {
            turnCame();
            return finished;
          });
        }),
    );
    return Promise.all(turns)
      .then(task)
      .finally(finish);
  }

  /** Resolves once every task queued so far has finished. */
  async idle(): Promise<void> {
    await Promise.all(this.tails.values());
  }
}
