import { resolve } from 'node:path';
import { importFiles, SUPPORTED_EXTENSIONS } from '../../services/import/import-files';
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
    for (const outcome of outcomes) {
      if (outcome.documentId) io.out(`${outcome.file}: ${outcome.message} (${outcome.documentId})`);
      else io.err(`${outcome.file}: ${outcome.message}`);
    }
    const imported = outcomes.filter((outcome) => outcome.documentId !== null).length;
    io.out(`Imported ${imported} of ${outcomes.length} files.`);
    return imported === outcomes.length ? 0 : 1;
  },
};
