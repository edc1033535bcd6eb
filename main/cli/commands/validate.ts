import { defineCommand } from '../command';
import { emptyReport } from '../report';
import { problemEntry } from './problems';

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'check every file of a workspace, changing nothing; exit 1 naming each damaged file',
  access: 'read',
  options: {},
  examples: ['gloss validate ~/desk', 'gloss validate ~/desk --json > check.json'],
  async run({ workspace, progress }) {
    progress.start('Checking', workspace.entries.length);
    const problems = await workspace.validate((done) => progress.update(done));
    if (workspace.schemaProblem) problems.unshift(workspace.schemaProblem);
    const documents = workspace.entries.length;
    const summary = problems.length === 0 ? `OK: ${documents} documents, every file valid.` : `${problems.length} problem(s) in ${documents} documents.`;
    return { ...emptyReport(summary), problems: problems.map(problemEntry), details: { documents } };
  },
});
