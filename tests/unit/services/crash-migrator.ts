/**
 * Child process for the migration crash test: opens a workspace to write,
 * which migrates an older one, and says when it starts so the parent can
 * kill it at a random moment. Usage: crash-migrator.ts <workspace dir>
 */
import { openToWrite } from '../../../main/services/workspace/open-to-write';

const [dir] = process.argv.slice(2);
process.stdout.write('opening\n');
const opened = await openToWrite(dir ?? '', 'crash migrator');
if (!opened.ok) throw new Error(opened.error.message);
if (opened.value.lock.held) await opened.value.lock.release();
process.stdout.write('migrated\n');
