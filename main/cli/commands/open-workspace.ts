import { resolve } from 'node:path';
import { Workspace } from '../../services/workspace/workspace';
import type { Output } from '../command';

/** Opens the workspace a command works on, or reports why it cannot. */
export async function openWorkspaceFor(command: string, dir: string, io: Output): Promise<Workspace | null> {
  const opened = await Workspace.open(resolve(dir));
  if (opened.ok) return opened.value;
  io.err(`gloss ${command}: ${opened.error.message}`);
  return null;
}
