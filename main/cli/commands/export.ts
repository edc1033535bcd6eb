import { resolve } from 'node:path';
import { z } from 'zod';
import { ExportSelectionSchema } from '../../../core/api/contract';
import { exportAnnotations } from '../../services/exchange/export';
import { defineCommand } from '../command';
import { emptyReport, refusal } from '../report';
import { commaList } from './comma-list';

const selection = ExportSelectionSchema.shape;


export const exportCommand = defineCommand({
  name: 'export',
  summary: 'export annotations in an exchange format, one document at a time',
  access: 'read',
  options: {
    format: { flags: '--format <name>', description: 'the format to write', schema: selection.format },
    out: { flags: '--out <path>', description: 'the file to write (a new folder for brat)', schema: z.string().min(1) },
    documentIds: { flags: '--docs <ids>', description: 'only these documents (comma-separated ids; all when absent)', schema: commaList(selection.documentIds.unwrap()).optional() },
    types: { flags: '--types <ids>', description: 'only these types (comma-separated ids; all when absent)', schema: commaList(selection.types.unwrap()).optional() },
    set: { flags: '--set <name>', description: 'only this set (every set when absent)', schema: selection.set },
  },
  examples: ['gloss export ~/desk --format w3c --out desk.jsonld', 'gloss export ~/desk --format csv --out quotes.csv --types quote --set alice'],
  async run({ workspace, options, progress }) {
    const { out, ...choice } = options;
    const path = resolve(out);
    const exported = await exportAnnotations(workspace, { ...choice, out: path }, (done, total) => {
      if (done === 1) progress.start('Exporting', total);
      progress.update(done);
    });
    if (!exported.ok) return refusal(path, exported.error);
    const { documents, annotations, problems } = exported.value;
    return {
      ...emptyReport(`Exported ${annotations} annotations from ${documents} documents as ${options.format} to ${path}`),
      done: [{ item: path, reason: `${annotations} annotations from ${documents} documents` }],
      problems: problems.map(({ file, message }) => ({ item: file, reason: `${message}; what could be read of it was exported` })),
      details: { path, format: options.format, documents, annotations },
    };
  },
});
