import type { Command } from '../command';
import { openWorkspaceFor } from './open-workspace';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate <dir>                   check every file of a workspace; exit 1 if any is damaged',
  async run({ positionals: [dir] }, io) {
    if (!dir) return 2;
    const workspace = await openWorkspaceFor('validate', dir, io);
    if (!workspace) return 1;
    const problems = await workspace.validate();
    if (workspace.schemaProblem) problems.unshift(workspace.schemaProblem);
    for (const problem of problems) io.err(problem.message);
    if (problems.length > 0) return 1;
    io.out(`OK: ${workspace.entries.length} documents, every file valid.`);
    return 0;
  },
};
