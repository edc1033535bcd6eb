import { defineCommand } from '../command';
import { emptyReport } from '../report';
import { problemEntry } from './problems';

export const statsCommand = defineCommand({
  name: 'stats',
  summary: 'count documents by status, and annotations per type',
  access: 'read',
  options: {},
  examples: ['gloss stats ~/desk', 'gloss stats ~/desk --json'],
  async run({ workspace }) {
    const { documents, problems } = await workspace.summaries();
    const totals = new Map<string, number>();
    for (const document of documents) {
      for (const [type, count] of Object.entries(document.annotationCounts)) totals.set(type, (totals.get(type) ?? 0) + count);
    }
    const byStatus = { todo: 0, 'in-progress': 0, done: 0 };
    for (const document of documents) byStatus[document.status]++;
    const total = [...totals.values()].reduce((sum, n) => sum + n, 0);
    const names = new Map(workspace.labelTypes.map((type) => [type.id, type.name]));
    const width = Math.max(0, ...[...names.values()].map((name) => name.length));
    const lines = [
      `Workspace "${workspace.name}"`,
      `Documents: ${documents.length} (to do ${byStatus.todo}, in progress ${byStatus['in-progress']}, done ${byStatus.done})`,
      `Annotations: ${total}`,
      ...workspace.labelTypes.map((type) => `  ${type.name.padEnd(width)}  ${totals.get(type.id) ?? 0}`),
      ...[...totals].filter(([type]) => !names.has(type)).map(([type, count]) => `  ${type.padEnd(width)}  ${count} (type not in the schema)`),
    ];
    return {
      ...emptyReport(lines.join('\n')),
      // A damaged or newer schema.json means the counts use the default types: say so.
      problems: [...(workspace.schemaProblem ? [workspace.schemaProblem] : []), ...problems].map(problemEntry),
      details: { workspace: workspace.name, documents: documents.length, byStatus, annotations: total, byType: Object.fromEntries(totals) },
    };
  },
});
