/**
 * Child process for the crash test: imports the given articles one by one and
 * prints "imported <n>" after each has been saved.
 * Usage: crash-importer.ts <workspace dir> <files...>
 */
import { importFiles } from '../../../main/services/import/import-files';
import { Workspace } from '../../../main/services/workspace/workspace';

const [dir, ...files] = process.argv.slice(2);
const opened = await Workspace.open(dir ?? '');
if (!opened.ok) throw new Error('cannot open the workspace');
await importFiles(opened.value, files, (done) => process.stdout.write(`imported ${done}\n`));
