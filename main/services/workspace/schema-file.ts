import { stat } from 'node:fs/promises';
import type { Problem } from '../../../core/api/contract';
import { DEFAULT_LABEL_TYPES, SCHEMA_FILE, type LabelType } from '../../../core/model/label-types';
import type { ConfinedFiles } from './confined-files';
import { readGlossFile } from './json-file';
import type { WorkspaceLayout } from './layout';

export interface SchemaReading {
  types: readonly LabelType[];
  /** What is wrong with schema.json, when it is damaged (and the defaults are used). */
  problem: Problem | null;
}

/** The workspace's label types: the defaults when it has no schema file, or a damaged one (reported). */
export async function readSchema(layout: WorkspaceLayout, files: ConfinedFiles): Promise<SchemaReading> {
  const missing = await stat(layout.schema).then(
    () => false,
    () => true,
  );
  if (missing) return { types: DEFAULT_LABEL_TYPES, problem: null };
  const schema = await readGlossFile(layout.schema, SCHEMA_FILE, files.read);
  if (schema.ok) return { types: schema.value.value.types, problem: null };
  const file = layout.display(layout.schema);
  return { types: DEFAULT_LABEL_TYPES, problem: { file, message: `${file} ${schema.error}; using the default types` } };
}
