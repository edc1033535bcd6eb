import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glossJsonSchemas } from '../../core/model/json-schemas';

/** npm run schemas: regenerates resources/schema/ from the zod models. */
const dir = resolve(import.meta.dirname, '../../resources/schema');
await mkdir(dir, { recursive: true });
for (const [name, schema] of Object.entries(glossJsonSchemas())) {
  await writeFile(join(dir, name), JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote resources/schema/${name}`);
}
