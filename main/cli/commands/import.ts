import { importFiles, NOT_TRIED, SUPPORTED_EXTENSIONS } from '../../services/import/import-files';
import { defineCommand } from '../command';
import { emptyReport, type Report } from '../report';

export const importCommand = defineCommand({
  name: 'import',
  summary: 'import articles; each that cannot be read is listed and skipped',
  access: 'write',
  inputs: { description: `articles (${SUPPORTED_EXTENSIONS.join(' ')}): files, folders (searched for articles) or glob patterns`, folderExtensions: SUPPORTED_EXTENSIONS },
  options: {},
  examples: ['gloss import ~/desk ~/wire/2026-12-01/', "gloss import ~/desk 'wire/**/*.html' --json", 'find wire -name "*.md" | gloss import ~/desk -'],
  async run({ workspace, inputs, progress }) {
    progress.start('Importing', inputs.length);
    const outcomes = await importFiles(workspace, inputs, (done) => progress.update(done));
    const report: Report = emptyReport();
    const notTried: string[] = [];
    outcomes.forEach((outcome, i) => {
      // The path as expanded, not only the file's name: two folders may each hold an article.txt.
      const item = inputs[i] ?? outcome.file;
      if (outcome.documentId) report.done.push({ item, reason: outcome.message, id: outcome.documentId });
      else if (outcome.message.startsWith(NOT_TRIED)) notTried.push(item);
      else report.skipped.push({ item, reason: outcome.message.replace(/^skipped: /, '') });
    });
    report.summary = `Imported ${report.done.length} of ${outcomes.length} files.`;
    report.details = { imported: report.done.length, skipped: report.skipped.length, notTried: notTried.length };
    // After a failed write (a full disk) the rest are not tried: one line says why, not one per file.
    const why = report.skipped.at(-1)?.reason;
    if (notTried.length > 0 && why) report.stopped = { reason: why, notTried };
    return report;
  },
});
