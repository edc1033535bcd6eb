import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../../../core/api/contract';
import { err, ok, type Result } from '../../../core/result';
import { importFiles } from '../import/import-files';
import { Workspace } from './workspace';

const SAMPLE_WORKSPACE_NAME = 'Sample workspace';

/**
 * Opens the workspace in `dir`, or, when the folder is new or empty, fills it
 * with the sample articles shipped in `sampleDir` so a first start has
 * something to read.
 */
export async function openOrCreateSample(dir: string, sampleDir: string): Promise<Result<Workspace, Problem>> {
  if (await Workspace.exists(dir)) return Workspace.open(dir);
  const created = await Workspace.create(dir, SAMPLE_WORKSPACE_NAME);
  if (!created.ok) return created;
  const articles = (await readdir(sampleDir)).filter((name) => name.endsWith('.txt')).sort();
  const outcomes = await importFiles(created.value, articles.map((name) => join(sampleDir, name)));
  const failed = outcomes.find((outcome) => outcome.documentId === null);
  return failed ? err({ file: failed.file, message: `sample article ${failed.file}: ${failed.message}` }) : ok(created.value);
}
