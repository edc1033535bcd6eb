import { z } from 'zod';
import { DocumentIdSchema } from '../../../core/model/ids';
import { suggestDocuments } from '../../services/suggest/suggest-documents';
import { defineCommand } from '../command';
import { emptyReport } from '../report';
import { commaList } from './comma-list';
import { problemEntry } from './problems';

export const suggestCommand = defineCommand({
  name: 'suggest',
  summary: 'suggest quotes with their speakers, dated events and claims, as the "suggestions" set',
  access: 'write',
  options: {
    documentIds: { flags: '--docs <ids>', description: 'only these documents (comma-separated ids; all when absent)', schema: commaList(z.array(DocumentIdSchema).min(1).max(100_000)).optional() },
    replace: { flags: '--replace', description: "remove the documents' earlier suggestions first", schema: z.boolean().default(false) },
  },
  examples: ['gloss suggest ~/desk', 'gloss suggest ~/desk --docs lavrov-interview,cst-session --replace'],
  async run({ workspace, options, progress }) {
    const ids = options.documentIds ?? workspace.entries.map((entry) => entry.id);
    const unknown = ids.filter((id) => !workspace.has(id));
    progress.start('Suggesting', ids.length);
    const summary = await suggestDocuments(
      workspace,
      ids.filter((id) => workspace.has(id)),
      options.replace,
    );
    progress.update(ids.length);
    const line = `Suggested ${summary.suggested} annotations in ${summary.documents} documents (set "suggestions")` +
      (summary.leftOut > 0 ? `; ${summary.leftOut} left out, rejected before or already there` : '') +
      (summary.entitiesCreated > 0 ? `; ${summary.entitiesCreated} new entities` : '');
    return {
      ...emptyReport(line),
      done: summary.documents > 0 ? [{ item: `${summary.documents} documents`, reason: `${summary.suggested} suggestions` }] : [],
      refused: unknown.map((id) => ({ item: id, reason: `no document "${id}" in this workspace` })),
      problems: summary.problems.map(problemEntry),
      details: { ...summary, problems: summary.problems.length },
    };
  },
});
