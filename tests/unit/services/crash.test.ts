import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/services/workspace/workspace';
import { workspaceWithArticle } from './workspace-helpers';

const SAVER = resolve(import.meta.dirname, 'crash-saver.ts');
const KILLS = 12;

/** A small deterministic generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Runs the saver until it has completed at least `minSaves` saves, then SIGKILLs it after `delayMs`. */
function runAndKill(dir: string, documentId: string, minSaves: number, delayMs: number, mode: 'whole' | 'changes'): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SAVER, dir, documentId, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastCompleted = 0;
    let seen = 0;
    let errors = '';
    let killing = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const match of chunk.matchAll(/saved (\d+)/g)) {
        lastCompleted = Number(match[1]);
        seen++;
      }
      if (seen >= minSaves && !killing) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done(lastCompleted) : fail(new Error(`saver stopped by itself: ${errors}`))));
  });
}

/** What a save killed mid-way may leave, each reported and mended on the next open to write: its temporary file, or a journal line it had not finished. */
const LEFT_BY_A_KILL = /is a temporary file left by a save|ends with a line cut short/;

describe('crash safety', () => {
  it.for([
    { mode: 'whole', kills: KILLS, saves: 'each save writing the set file whole' },
    { mode: 'changes', kills: KILLS / 2, saves: "each save appending one change to the set's journal" },
  ] as const)('keeps the workspace valid and every completed save through $kills SIGKILLs at random moments, $saves', { timeout: 120_000 }, async ({ mode, kills }) => {
    const { workspace, documentId } = await workspaceWithArticle();
    const next = random(20261123);
    for (let kill = 0; kill < kills; kill++) {
      const lastCompleted = await runAndKill(workspace.dir, documentId, 1 + Math.floor(next() * 20), Math.floor(next() * 30), mode);

      const reopened = await Workspace.open(workspace.dir);
      if (!reopened.ok) throw new Error(`after kill ${kill + 1}: ${reopened.error.message}`);
      const problems = await reopened.value.validate();
      expect(problems.filter((p) => !LEFT_BY_A_KILL.test(p.message)), `after kill ${kill + 1}`).toEqual([]);
      const loaded = await reopened.value.loadDocument(documentId);
      if (!loaded.ok) throw new Error(loaded.error.message);
      const onDisk = new Set(loaded.value.annotations.map((a) => a.id));
      // Saves are cumulative: save n holds annotations 0..n-1, and a later save may also have landed.
      expect(onDisk.size, `after kill ${kill + 1}`).toBeGreaterThanOrEqual(lastCompleted);
      for (let n = 0; n < lastCompleted; n++) expect(onDisk.has(`crash-${n}`), `crash-${n} after kill ${kill + 1}`).toBe(true);
    }
  });
});
