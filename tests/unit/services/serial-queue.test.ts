import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../../main/services/files/serial-queue';

/** A promise and the function that settles it, to hold a task open until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('SerialQueue', () => {
  it('runs tasks of one key in the order they came, and another key alongside', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const held = gate();
    const first = queue.run('a', async () => {
      await held.opened;
      order.push('a1');
    });
    const second = queue.run('a', async () => void order.push('a2'));
    await queue.run('b', async () => void order.push('b'));
    held.open();
    await Promise.all([first, second]);
    expect(order).toEqual(['b', 'a1', 'a2']);
  });

  it('runAll waits for every key it names, keeps the order tasks came in on each key, and two batches naming keys in opposite orders both finish', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const held = gate();
    const onA = queue.run('a', async () => {
      await held.opened;
      order.push('a');
    });
    const ab = queue.runAll(['b', 'a'], async () => void order.push('ab'));
    const ba = queue.runAll(['a', 'b', 'a'], async () => void order.push('ba'));
    const onB = queue.run('b', async () => void order.push('b'));
    held.open();
    // Had each batch taken its keys one after another, in the order named, the two would wait for each other for ever; the race bounds the wait.
    const finished = await Promise.race([
      Promise.all([onA, ab, ba, onB]).then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000)),
    ]);
    expect(finished).toBe(true);
    expect(order).toEqual(['a', 'ab', 'ba', 'b']);
  });
});
