import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { InputFile } from '../../../core/formats/bundle';
import { IMPORT_EXTENSIONS, type ImportFormatName } from '../../../core/formats/catalogue';
import { err, ok, type Result } from '../../../core/result';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import { describeFsError } from '../files/fs-error';

/** No exchange file a newsroom makes comes near this; anything larger is refused unread. */
const MAX_EXCHANGE_FILE_BYTES = 512 * 2 ** 20;


async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** For each brat .ann, its sibling .txt and the annotation.conf beside it, when they exist. */
async function bratSiblings(paths: readonly string[]): Promise<string[]> {
  const wanted = paths.filter((p) => p.endsWith('.ann')).flatMap((p) => [p.replace(/\.ann$/, '.txt'), join(dirname(p), 'annotation.conf')]);
  const present = await Promise.all(wanted.map((p) => stat(p).then((info) => info.isFile(), () => false)));
  return wanted.filter((_, i) => present[i]);
}

/**
 * Reads what the user named: files, or folders walked for the format's files.
 * Names are relative to the common folder, so two annotators' article.ann in
 * alice/ and bob/ stay apart.
 */
export async function readInputFiles(format: string, paths: readonly string[]): Promise<Result<InputFile[], string[]>> {
  // brat also takes each .ann's sibling .txt and the annotation.conf beside it.
  const extensions: readonly string[] = IMPORT_EXTENSIONS[format as ImportFormatName] ?? [];
  const problems: string[] = [];
  const chosen: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => describeFsError(error));
    if (typeof info === 'string') problems.push(`${path}: cannot be read (${info})`);
    else if (info.isDirectory()) chosen.push(...(await walk(path)).filter((p) => extensions.includes(extname(p).toLowerCase()) || basename(p) === 'annotation.conf'));
    else chosen.push(path);
  }
  if (format === 'brat') chosen.push(...(await bratSiblings(chosen)));
  const unique = [...new Set(chosen)];
  const root = commonFolder(unique);
  // Read as many at once as the store reads its own files: one after another, a brat or WebAnno folder of 1,000 files waited for each in turn.
  const reads = await mapConcurrent(unique, CONCURRENT_READS, async (path): Promise<{ file: InputFile } | { problem: string }> => {
    try {
      const size = (await stat(path)).size;
      if (size > MAX_EXCHANGE_FILE_BYTES) return { problem: `${path}: larger than the ${MAX_EXCHANGE_FILE_BYTES / 2 ** 20} MB limit` };
      return { file: { name: relative(root, path).split(sep).join('/'), bytes: await readFile(path) } };
    } catch (error) {
      return { problem: `${path}: cannot be read (${describeFsError(error)})` };
    }
  });
  const files: InputFile[] = [];
  for (const read of reads) {
    if ('file' in read) files.push(read.file);
    else problems.push(read.problem);
  }
  if (files.length === 0 && problems.length === 0) problems.push(`no ${extensions.join(' or ')} file among ${paths.join(', ')}`);
  return problems.length > 0 ? err(problems) : ok(files);
}

function commonFolder(paths: readonly string[]): string {
  const folders = paths.map((p) => dirname(p).split(sep));
  const first = folders[0] ?? [];
  let length = first.length;
  for (const parts of folders) {
    let i = 0;
    while (i < length && parts[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join(sep) || sep;
}
