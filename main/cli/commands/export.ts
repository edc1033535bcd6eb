import { resolve } from 'node:path';
import { FORMATS } from '../../../core/formats/index';
import { exportAnnotations } from '../../services/exchange/export';
import type { Command } from '../command';
import { openWorkspaceFor } from './open-workspace';

const list = (value: unknown) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

export const exportCommand: Command = {
  name: 'export',
  usage: `export <dir> --format ${FORMATS.map((f) => f.name).join('|')} --out <path> [--docs <ids>] [--types <ids>] [--set <name>]   export annotations`,
  options: { format: { type: 'string' }, out: { type: 'string' }, docs: { type: 'string' }, types: { type: 'string' }, set: { type: 'string' } },
  async run({ positionals: [dir], values }, io) {
    const { format, out, set } = values;
    if (!dir || typeof format !== 'string' || typeof out !== 'string') return 2;
    const workspace = await openWorkspaceFor('export', dir, io);
    if (!workspace) return 1;
    const documents = list(values['docs']);
    const types = list(values['types']);
    const exported = await exportAnnotations(workspace, {
      format,
      out: resolve(out),
      ...(documents ? { documents } : {}),
      ...(types ? { types } : {}),
      ...(typeof set === 'string' ? { set } : {}),
    });
    if (!exported.ok) {
      io.err(`gloss export: ${exported.error}`);
      return 1;
    }
    io.out(`Exported ${exported.value.annotations} annotations from ${exported.value.documents} documents as ${format} to ${resolve(out)}`);
    return 0;
  },
};
