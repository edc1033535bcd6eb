import { resolve } from 'node:path';
import { DEFAULT_IMPORT_SET, importAnnotations } from '../../services/exchange/import';
import type { Command } from '../command';
import { openWorkspaceFor } from './open-workspace';

export const importAnnotationsCommand: Command = {
  name: 'import-annotations',
  usage: `import-annotations <dir> --format gloss|w3c|brat|qdpx <files...> [--set <name>]   import annotations as a new set (default "${DEFAULT_IMPORT_SET}")`,
  options: { format: { type: 'string' }, set: { type: 'string' } },
  async run({ positionals: [dir, ...files], values }, io) {
    const { format, set } = values;
    if (!dir || files.length === 0 || typeof format !== 'string') return 2;
    const workspace = await openWorkspaceFor('import-annotations', dir, io);
    if (!workspace) return 1;
    const imported = await importAnnotations(workspace, {
      format,
      files: files.map((file) => resolve(file)),
      ...(typeof set === 'string' ? { set } : {}),
    });
    if (!imported.ok) {
      for (const problem of imported.error) io.err(problem);
      io.err(`gloss import-annotations: nothing was imported (${imported.error.length} problem(s)); the workspace is unchanged`);
      return 1;
    }
    const { annotations, documents, newDocuments, addedToSchema } = imported.value;
    io.out(`Imported ${annotations} annotations into ${documents} documents (${newDocuments} new) as set "${imported.value.set}".`);
    if (addedToSchema.length > 0) io.out(`Added to the schema: ${addedToSchema.join(', ')}`);
    return 0;
  },
};
