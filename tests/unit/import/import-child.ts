/**
 * Run as its own process by bombs.test.ts: creates a workspace in argv[2] and
 * imports the files named after it as a drop on the window would (their bytes,
 * through the services' temporary folder), then prints the outcomes and the
 * process's peak resident memory as one line of JSON. That the line is
 * printed at all says the process outlived the bombs.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Preferences } from '../../../main/services/preferences/preferences';
import { Session } from '../../../main/services/session/session';

const [dir, ...files] = process.argv.slice(2);
const session = new Session(new Preferences({ store: {} }), () => undefined);
const created = await session.create(dir ?? '', 'Bombs');
if (!created.ok) throw new Error(created.error.message);
const uploads = await Promise.all(files.map(async (file) => ({ name: basename(file), bytes: await readFile(file) })));
const imported = await session.importUploads(uploads);
await session.close();
if (!imported.ok) throw new Error(imported.error.message);
console.log(JSON.stringify({ outcomes: imported.value, peakMegabytes: Math.round(process.resourceUsage().maxRSS / 1024) }));
