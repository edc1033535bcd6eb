import type { Command } from '../command';
import { openWorkspaceFor } from './open-workspace';

export const statsCommand: Command = {
  name: 'stats',
  usage: 'stats <dir>                      documents, and annotations per type',
  async run({ positionals: [dir] }, io) {
    if (!dir) return 2;
    const workspace = await openWorkspaceFor('stats', dir, io);
    if (!workspace) return 1;
    const { documents, problems } = await workspace.summaries();
    for (const problem of problems) io.err(problem.message);
    const totals = new Map<string, number>();
    for (const document of documents) {
      for (const [type, count] of Object.entries(document.annotationCounts)) totals.set(type, (totals.get(type) ?? 0) + count);
    }
    const byStatus = (status: string) => documents.filter((d) => d.status === status).length;
    io.out(`Workspace "${workspace.name}"`);
    io.out(`Documents: ${documents.length} (to do ${byStatus('todo')}, in progress ${byStatus('in-progress')}, done ${byStatus('done')})`);
    const total = [...totals.values()].reduce((sum, n) => sum + n, 0);
    io.out(`Annotations: ${total}`);
    const names = new Map(workspace.labelTypes.map((type) => [type.id, type.name]));
    const width = Math.max(0, ...[...names.values()].map((name) => name.length));
    for (const type of workspace.labelTypes) io.out(`  ${type.name.padEnd(width)}  ${totals.get(type.id) ?? 0}`);
    for (const [type, count] of totals) if (!names.has(type)) io.out(`  ${type.padEnd(width)}  ${count} (type not in the schema)`);
    return problems.length > 0 ? 1 : 0;
  },
};
