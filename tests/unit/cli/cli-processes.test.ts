import { execFile, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CONCURRENT_WRITES, mapConcurrent } from '../../../main/services/files/concurrent';
import { Preferences } from '../../../main/services/preferences/preferences';
import { Session } from '../../../main/services/session/session';
import { tempFolder } from '../services/workspace-helpers';

const GLOSS = resolve(__dirname, '../../../bin/gloss.js');
/** Every process here is killed after this: tsx starts in seconds and each import is a few hundred small files. */
const PROCESS_MS = 120_000;
/** The import of 5,000 articles: about 25 s on an idle two-core machine, 85 s with the machine loaded six times over. */
const LARGE_IMPORT_MS = 300_000;

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `gloss` as a separate process, as a script or a terminal would. */
async function gloss(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [GLOSS, ...args], { timeout: PROCESS_MS, env: { ...process.env, CI: 'true', ...env } });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: failed.stdout ?? '', err: failed.stderr ?? '' };
  }
}

/** `count` small distinct articles in a new folder. */
async function articles(folder: string, count: number, tag: string): Promise<string> {
  const dir = join(folder, tag);
  await mkdir(dir);
  const numbers = Array.from({ length: count }, (_, i) => i);
  await mapConcurrent(numbers, CONCURRENT_WRITES, (i) => writeFile(join(dir, `${tag}-${i}.txt`), `${tag} harbour report ${i}\n\nThe ${tag} desk filed story ${i} about the ferry.`));
  return dir;
}

async function workspace(): Promise<{ folder: string; ws: string }> {
  const folder = await tempFolder();
  const ws = join(folder, 'ws');
  expect((await gloss(['init', ws])).code).toBe(0);
  return { folder, ws };
}

/** What is on disk: the manifest's documents, and the document and annotations files beside it. */
async function onDisk(ws: string) {
  const manifest = JSON.parse(await readFile(join(ws, 'workspace.json'), 'utf8')) as { documents: { id: string }[] };
  const ids = manifest.documents.map((entry) => entry.id).sort();
  // The documents folder is made by the first import.
  const documents = (await readdir(join(ws, 'documents')).catch(() => [] as string[])).map((name) => name.replace(/\.json$/, '')).sort();
  return { ids, documents, top: (await readdir(ws)).sort() };
}

describe('one writer at a time', () => {
  it('two imports started together into one workspace both finish with --wait, and nothing is lost or orphaned', { timeout: 3 * PROCESS_MS }, async () => {
    const { folder, ws } = await workspace();
    const [a, b] = await Promise.all([articles(folder, 25, 'north'), articles(folder, 25, 'south')]);
    const runs = await Promise.all([gloss(['import', ws, a, '--wait', '100', '--json']), gloss(['import', ws, b, '--wait', '100', '--json'])]);
    for (const run of runs) expect(run).toMatchObject({ code: 0 });
    const { ids, documents, top } = await onDisk(ws);
    expect(ids).toHaveLength(50);
    expect(documents).toEqual(ids);
    expect(top).toEqual(['annotations', 'documents', 'schema.json', 'workspace.json']);
    expect(await gloss(['validate', ws])).toMatchObject({ code: 0, out: 'OK: 50 documents, every file valid.\n' });
  });

  it('two imports without --wait: one refuses at once naming the other, or they ran one after the other; the workspace holds exactly what was imported', { timeout: 3 * PROCESS_MS }, async () => {
    const { folder, ws } = await workspace();
    const [a, b] = await Promise.all([articles(folder, 30, 'east'), articles(folder, 30, 'west')]);
    const runs = await Promise.all([gloss(['import', ws, a, '--json']), gloss(['import', ws, b, '--json'])]);
    const reports = runs.map((run) => JSON.parse(run.out) as { exitCode: number; done: { id: string }[]; refused: { reason: string }[] });
    for (const [i, report] of reports.entries()) {
      expect(runs[i]?.code).toBe(report.exitCode);
      // The holder is named once it has recorded itself; refused in the moment between its taking the lock and that record, it is "another … process".
      if (report.exitCode === 3)
        expect(report.refused[0]?.reason).toMatch(/open for writing in (?:gloss import \(process \d+ on .+, since .+ UTC\)|another Gloss window or process); try again later, or use --wait/);
      else expect(report.exitCode).toBe(0);
    }
    const imported = reports.flatMap((report) => report.done.map((entry) => entry.id)).sort();
    const { ids, documents, top } = await onDisk(ws);
    expect(ids).toEqual(imported);
    expect(documents).toEqual(ids);
    expect(top).not.toContain('.gloss-lock');
  });

  it('an import into a workspace the app holds refuses at once naming it; with --wait it goes in once the app lets go', { timeout: 3 * PROCESS_MS }, async () => {
    const { folder, ws } = await workspace();
    const dir = await articles(folder, 5, 'wire');
    const app = new Session(new Preferences({ store: {} }), () => undefined);
    await app.open(ws);
    const refused = await gloss(['import', ws, dir]);
    expect(refused.code).toBe(3);
    expect(refused.err).toBe(
      `gloss import: the workspace was not changed: it is open for writing in the Gloss app (process ${process.pid} on ${(await import('node:os')).hostname()}, since ${refused.err.match(/since (.+ UTC)/)?.[1]}); try again later, or use --wait [seconds]\n`,
    );
    expect((await onDisk(ws)).ids).toEqual([]);

    const waiting = spawn('node', [GLOSS, 'import', ws, dir, '--wait', '60', '--json'], { env: { ...process.env, CI: 'true' } });
    let out = '';
    waiting.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => waiting.on('exit', resolveExit));
    const killer = setTimeout(() => waiting.kill(), PROCESS_MS);
    // Long enough for the command to start and find the workspace held.
    await new Promise((resolveWait) => setTimeout(resolveWait, 8_000));
    expect((await onDisk(ws)).ids).toEqual([]);
    await app.close();
    const code = await exited;
    clearTimeout(killer);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ exitCode: 0, summary: 'Imported 5 of 5 files.' });
    const { ids, documents, top } = await onDisk(ws);
    expect(ids).toHaveLength(5);
    expect(documents).toEqual(ids);
    expect(top).toEqual(['annotations', 'documents', 'schema.json', 'workspace.json']);
  });

  it('read-only commands work while the workspace is held', { timeout: 2 * PROCESS_MS }, async () => {
    const { folder, ws } = await workspace();
    expect((await gloss(['import', ws, await articles(folder, 3, 'desk')])).code).toBe(0);
    const app = new Session(new Preferences({ store: {} }), () => undefined);
    await app.open(ws);
    try {
      expect(await gloss(['validate', ws])).toMatchObject({ code: 0 });
      expect(await gloss(['stats', ws])).toMatchObject({ code: 0, out: expect.stringMatching(/Documents: 3/) });
      expect(await gloss(['export', ws, '--format', 'csv', '--out', join(folder, 'out.csv')])).toMatchObject({ code: 0 });
    } finally {
      await app.close();
    }
  });
});

describe('a folder of articles', () => {
  it('of 5,000 small articles: a progress bar with counts and an estimate on a terminal (a pseudo-terminal through script), the JSON summary on standard output, and no bar on a pipe', { timeout: LARGE_IMPORT_MS + PROCESS_MS }, async () => {
    const { folder, ws } = await workspace();
    const dir = await articles(folder, 5000, 'pty');
    const typescript = join(folder, 'typescript');
    const summary = join(folder, 'summary.json');
    // Standard error (the bar) is the terminal; standard output (the JSON) goes to a file, as in a script run by hand.
    const command = `node ${GLOSS} import ${ws} ${dir} --json > ${summary}`;
    const { stdout } = await promisify(execFile)('script', ['-qfec', command, typescript], {
      timeout: LARGE_IMPORT_MS,
      env: { ...process.env, CI: '', COLUMNS: '100' },
    });
    // Each drawing rewrites the line in place: carriage return, erase the line (ESC [2K), the bar.
    const drawings = stdout.split('\r\u001b[2K');
    expect(drawings).toContainEqual(expect.stringMatching(/^Importing \[-+\] 0\/5,000 0% · 0:00$/));
    // Drawn along the way, not only at the start and the end, with the time left once there is a fair guess.
    expect(drawings).toContainEqual(expect.stringMatching(/^Importing \[#+-+\] [1-4],\d{3}\/5,000 [1-9]\d?% · \d+:\d\d · about \d+:\d\d left$/));
    expect(drawings).toContainEqual(expect.stringMatching(/^Importing \[#+\] 5,000\/5,000 100% · \d+:\d\d$/));
    const report = JSON.parse(await readFile(summary, 'utf8'));
    expect(report).toMatchObject({ command: 'import', exitCode: 0, summary: 'Imported 5000 of 5000 files.', skipped: [], refused: [], problems: [] });
    expect(report.done).toHaveLength(5000);
    expect(new Set(report.done.map((entry: { id: string }) => entry.id)).size).toBe(5000);
    expect((await onDisk(ws)).ids).toHaveLength(5000);

    const piped = await gloss(['import', ws, await articles(folder, 3, 'piped')], { CI: '' });
    expect(piped).toEqual({ code: 0, out: 'Imported 3 of 3 files.\n', err: '' });
  });

  it('prints one JSON document with what was done and skipped, each with its reason', { timeout: 2 * PROCESS_MS }, async () => {
    const { folder, ws } = await workspace();
    const dir = await articles(folder, 100, 'json');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'notes.odt'), 'not an article');
    const run = await gloss(['import', ws, dir, join(dir, 'notes.odt'), 'no-such-*.txt', '--json']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('');
    const report = JSON.parse(run.out);
    expect(report).toMatchObject({ command: 'import', exitCode: 1, summary: 'Imported 100 of 102 files.', refused: [], problems: [] });
    expect(report.done).toHaveLength(100);
    expect(report.done[0]).toEqual({ item: expect.stringMatching(/json-0\.txt$/), reason: 'imported', id: expect.any(String) });
    expect(report.skipped).toEqual([
      { item: 'no-such-*.txt', reason: 'the pattern matches no file' },
      { item: join(dir, 'empty.txt'), reason: 'the file is empty' },
      { item: join(dir, 'notes.odt'), reason: expect.stringMatching(/^unsupported kind of file/) },
    ]);
  });
});
