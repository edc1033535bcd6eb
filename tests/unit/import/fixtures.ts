import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

export async function fixtureBytes(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(FIXTURES, name)));
}
