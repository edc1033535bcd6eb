import type { Exported, ExportSelection } from '../../../core/api/contract';
import {
  FORMAT_DESCRIPTIONS,
  IMPORT_EXTENSIONS,
  type ImportFormatName,
} from '../../../core/formats/catalogue';
import { ok, type Result } from '../../../core/result';
import type { Dialogs } from '../session/session';
import type { Workspace } from '../workspace/workspace';
import { exportAnnotations } from './export';
import { importAnnotations, type ImportSummary } from './import';

/** Characters some file system refuses in a name, replaced in suggested file names. */
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|]+/g;

function suggestedName(workspace: Workspace, choice: ExportSelection): string {
  const { label, extension } = FORMAT_DESCRIPTIONS[choice.format];
  const stem = [workspace.name, choice.set, label].filter(Boolean).join(' - ').replace(UNSAFE_IN_FILE_NAMES, '-');
  return extension ? `${stem}.${extension}` : stem;
}

/**
 * Asks where to write, then exports. Resolves to null when the analyst
 * cancels. Pending saves reach the disk first, so the export holds every
 * change the analyst has made.
 */
export async function exportWithDialog(workspace: Workspace, dialogs: Dialogs, choice: ExportSelection): Promise<Result<Exported | null, string>> {
  const { label, extension } = FORMAT_DESCRIPTIONS[choice.format];
  const out = await dialogs.chooseSaveTarget({
    title: extension ? `Export annotations as ${label}` : `Export annotations as ${label}: name a new folder`,
    defaultName: suggestedName(workspace, choice),
    extension,
  });
  if (!out) return ok(null);
  await workspace.flush();
  const exported = await exportAnnotations(workspace, { ...choice, out });
  return exported.ok ? ok({ path: out, ...exported.value, problems: exported.value.problems.map((problem) => problem.message) }) : exported;
}

/** Asks for the files (or, for brat and WebAnno TSV, folders too) and imports them as a new set; null when cancelled. */
export async function importWithDialog(
  workspace: Workspace,
  dialogs: Dialogs,
  choice: { format: ImportFormatName; set: string },
): Promise<Result<ImportSummary | null, string[]>> {
  const { label } = FORMAT_DESCRIPTIONS[choice.format];
  const files = await dialogs.chooseFiles({
    title: `Import annotations from ${label}`,
    filterName: label,
    extensions: IMPORT_EXTENSIONS[choice.format],
    folders: choice.format === 'brat' || choice.format === 'webanno',
  });
  if (files.length === 0) return ok(null);
  await workspace.flush();
  return importAnnotations(workspace, { format: choice.format, files, set: choice.set });
}
