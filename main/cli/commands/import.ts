import { resolve } from 'node:path';
import { importFiles, NOT_TRIED, SUPPORTED_EXTENSIONS } from '../../services/import/import-files';
import type { Command } from '../command';
import { openWorkspaceFor } from './open-workspace';

export const importCommand: Command = {
  name: 'import',
  usage: `import <dir> <files...>          import articles (${SUPPORTED_EXTENSIONS.join(' ')}); exit 1 if any is skipped`,
  async run({ positionals: [dir, ...files] }, io) {
    if (!dir || files.length === 0) return 2;
    const workspace = await openWorkspaceFor('import', dir, io);
    if (!workspace) return 1;
    const outcomes = await importFiles(workspace, files.map((file) => resolve(file)));
    const notTried = outcomes.filter((outcome) => outcome.message.startsWith(NOT_TRIED));
    for (const outcome of outcomes) {
      if (outcome.documentId) io.out(`${outcome.file}: ${outcome.message} (${outcome.documentId})`);
      else if (!notTried.includes(outcome)) io.err(`${outcome.file}: ${outcome.message}`);
    }
    const imported = outcomes.filter((outcome) => outcome.documentId !== null).length;
    const summary = `Imported ${imported} of ${outcomes.length} files.`;
    // After a failed write (a full disk) the rest are not tried: one line says so instead of one per file.
    if (notTried.length > 0) io.err(`${summary} ${notTried.length} not tried: ${notTried[0]?.message.slice(NOT_TRIED.length + 2, -1)}.`);
    else io.out(summary);
    return imported === outcomes.length ? 0 : 1;
  },
};
