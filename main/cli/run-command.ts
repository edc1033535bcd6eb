import { resolve } from 'node:path';
import { openToWrite } from '../services/workspace/open-to-write';
import { Workspace } from '../services/workspace/workspace';
import type { Command, Io } from './command';
import type { CommonOptions } from './common-options';
import { EXIT } from './exit-codes';
import { expandInputs } from './inputs';
import { chooseProgress, type Progress } from './progress';
import { refusal, type Report } from './report';

/** What was typed after the command's name: the workspace folder, the command's own argument ('' when none) and files. */
interface Arguments {
  dir: string;
  argument: string;
  files: readonly string[];
}

type Prepared = Extract<ReturnType<Command['prepare']>, { run: unknown }>;

const notAWorkspace = (dir: string) => `${dir} is not a Gloss workspace (it has no workspace.json); create one with: gloss init ${dir}`;

/** Opens the workspace for reading only: no lock, so it works while the app or an import holds it. */
async function openToRead(dir: string): Promise<Workspace | Report> {
  if (!(await Workspace.exists(dir))) return refusal(dir, notAWorkspace(dir));
  const opened = await Workspace.open(dir);
  return opened.ok ? opened.value : refusal(dir, opened.error.message);
}

/** Opens the workspace to write: its lock first (waiting if asked), so two writers never overlap. */
async function openToWriteFor(command: Command, dir: string, waitMs: number): Promise<{ workspace: Workspace; release: () => Promise<void> } | Report> {
  if (!(await Workspace.exists(dir))) return refusal(dir, notAWorkspace(dir));
  const opened = await openToWrite(dir, `gloss ${command.name}`, waitMs);
  if (!opened.ok) return refusal(dir, opened.error.message);
  const { workspace, lock } = opened.value;
  if (!lock.held) {
    const hint = lock.busy ? (waitMs > 0 ? `; waited ${Math.round(waitMs / 1000)} s` : '; try again later, or use --wait [seconds]') : '';
    return refusal(dir, `the workspace was not changed: ${lock.reason}${hint}`, lock.busy ? EXIT.busy : EXIT.failed);
  }
  return { workspace, release: lock.release };
}

function failure(dir: string, error: unknown): Report {
  const reason = error instanceof Error ? error.message : String(error);
  return refusal(dir, `stopped by an error: ${reason}`, EXIT.failed);
}

/** Runs the command on its workspace, opened as its access says. */
async function onWorkspace(command: Command, prepared: Prepared, base: { dir: string; argument: string; inputs: readonly string[]; progress: Progress; note: string | null }, waitMs: number): Promise<Report> {
  if (command.access === 'create') return prepared.run({ ...base, workspace: null });
  if (command.access === 'read') {
    const workspace = await openToRead(base.dir);
    return workspace instanceof Workspace ? prepared.run({ ...base, workspace }) : workspace;
  }
  const opened = await openToWriteFor(command, base.dir, waitMs);
  if (!('workspace' in opened)) return opened;
  try {
    return await prepared.run({ ...base, workspace: opened.workspace });
  } finally {
    await opened.workspace.compact();
    await opened.release();
  }
}

async function execute(
  command: Command,
  { dir, argument, files }: Arguments,
  raw: Record<string, unknown>,
  common: CommonOptions,
  io: Io,
  progress: Progress,
): Promise<Report | { usage: string }> {
  const prepared = command.prepare(raw);
  if ('usage' in prepared) return prepared;
  let inputs: string[] = [];
  let unmatched: Report['skipped'] = [];
  if (command.inputs) {
    const readStdin = io.readStdin ?? (async () => '');
    const expanded = await expandInputs(files, common.lists, command.inputs, readStdin);
    if (expanded.paths.length === 0) {
      if (expanded.unmatched.length === 0) return { usage: 'no files given: name files, folders or patterns, - for a list on standard input, or --from-file LIST' };
      return { ...refusal(dir, 'none of the files named could be found'), refused: expanded.unmatched };
    }
    inputs = expanded.paths;
    unmatched = expanded.unmatched;
  }
  const before = await prepared.beforeOpening(dir);
  if ('stop' in before) return before.stop;
  const report = await onWorkspace(command, prepared, { dir, argument, inputs, progress, note: before.note }, common.waitMs);
  return unmatched.length === 0 ? report : { ...report, skipped: [...unmatched, ...report.skipped] };
}

/**
 * Runs one command as the parser handed it over: expands its inputs, opens
 * its workspace (locked when it writes), runs it with a progress bar where
 * one is wanted, and turns anything thrown into a report that says why.
 */
export async function runCommand(
  command: Command,
  args: Arguments,
  raw: Record<string, unknown>,
  common: CommonOptions,
  io: Io,
): Promise<Report | { usage: string }> {
  const progress = chooseProgress(common.progress, io.progressStream, io.env ?? {});
  try {
    return await execute(command, { ...args, dir: resolve(args.dir) }, raw, common, io, progress);
  } catch (error) {
    return failure(resolve(args.dir), error);
  } finally {
    progress.stop();
  }
}
