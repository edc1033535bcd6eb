import { NewSetNameSchema } from '../../../core/api/contract';
import { IMPORT_FORMAT_NAMES } from '../../../core/formats/catalogue';
import { z } from 'zod';
import { DEFAULT_IMPORT_SET, importAnnotations } from '../../services/exchange/import';
import { defineCommand } from '../command';
import { emptyReport } from '../report';

export const importAnnotationsCommand = defineCommand({
  name: 'import-annotations',
  summary: `import annotations as a new set (default "${DEFAULT_IMPORT_SET}"); all or nothing`,
  access: 'write',
  inputs: { description: 'exchange files, folders (walked for the format\'s files) or glob patterns', folderExtensions: null },
  options: {
    format: { flags: '--format <name>', description: 'the files\' format', schema: z.enum(IMPORT_FORMAT_NAMES) },
    set: { flags: '--set <name>', description: `the new set's name (default "${DEFAULT_IMPORT_SET}")`, schema: NewSetNameSchema.optional() },
  },
  examples: ['gloss import-annotations ~/desk --format brat ~/corpus/alice/ --set alice', 'gloss import-annotations ~/desk --format w3c export.jsonld --json'],
  async run({ workspace, inputs, options, progress }) {
    progress.start('Importing annotations', 1);
    const imported = await importAnnotations(workspace, { format: options.format, files: inputs, ...(options.set !== undefined ? { set: options.set } : {}) });
    progress.update(1);
    if (!imported.ok) {
      return {
        ...emptyReport(`Nothing was imported (${imported.error.length} problem(s)); the workspace is unchanged.`),
        refused: imported.error.map((reason) => ({ item: 'import', reason })),
      };
    }
    const { annotations, documents, newDocuments, addedToSchema, set } = imported.value;
    const lines = [`Imported ${annotations} annotations into ${documents} documents (${newDocuments} new) as set "${set}".`];
    if (addedToSchema.length > 0) lines.push(`Added to the schema: ${addedToSchema.join(', ')}`);
    return {
      ...emptyReport(lines.join('\n')),
      done: [{ item: set, reason: `imported ${annotations} annotations into ${documents} documents` }],
      details: { set, annotations, documents, newDocuments, addedToSchema },
    };
  },
});
