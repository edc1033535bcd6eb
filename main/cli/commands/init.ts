import { resolve } from 'node:path';
import { Workspace } from '../../services/workspace/workspace';
import type { Command } from '../command';

export const initCommand: Command = {
  name: 'init',
  usage: 'init <dir> [--name <name>]       create an empty workspace in a new or empty folder',
  options: { name: { type: 'string' } },
  async run({ positionals: [dir], values }, io) {
    if (!dir) return 2;
    const name = typeof values['name'] === 'string' ? values['name'] : 'Workspace';
    const created = await Workspace.create(resolve(dir), name);
    if (!created.ok) {
      io.err(`gloss init: ${created.error.file}: ${created.error.message}`);
      return 1;
    }
    io.out(`Created workspace "${created.value.name}" in ${resolve(dir)}`);
    return 0;
  },
};
