import { ENTITIES_FILE, EntitySchema, type Entity } from '../../../core/model/entity';
import { readVersioned } from '../../../core/model/versioned';
import { readRawJson, type ReadBytes } from './json-file';

/** What reading entities.json gave, including what could not be used. */
export interface EntitiesReading {
  entities: Entity[];
  /** What was wrong, for the analyst; null when the file was fine (or absent: no entities yet). */
  trouble: string | null;
  /** The file must not be written (from a newer Gloss, or unreadable). */
  readOnly: boolean;
  /** The file was damaged: its bytes, to be kept aside before it is written again. */
  damaged: Buffer | null;
}

const NONE: EntitiesReading = { entities: [], trouble: null, readOnly: false, damaged: null };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the workspace's entities as fully as it can, as annotations files
 * are read: a damaged file is salvaged entity by entity (the caller keeps its
 * bytes aside before writing), a file from a newer Gloss is read-only.
 * Nothing is written here.
 */
export async function readEntities(path: string, read: ReadBytes): Promise<EntitiesReading> {
  const raw = await readRawJson(path, read);
  if (raw.kind === 'missing') return NONE;
  if (raw.kind === 'unreadable') return { ...NONE, trouble: raw.trouble, readOnly: true };
  if (raw.kind === 'not-json') return { ...NONE, trouble: raw.trouble, damaged: raw.bytes };
  const { data, bytes } = raw;
  const whole = readVersioned(ENTITIES_FILE, data);
  if (whole.ok) return { ...NONE, entities: whole.value.value.entities };
  if (/newer Gloss/.test(whole.error)) return { ...NONE, trouble: whole.error, readOnly: true };
  return { entities: salvage(data), trouble: whole.error, readOnly: false, damaged: bytes };
}

/** Every item that is a valid entity and whose ids no earlier item took. */
function salvage(data: unknown): Entity[] {
  const items = isObject(data) && Array.isArray(data['entities']) ? data['entities'] : [];
  const taken = new Set<string>();
  const kept: Entity[] = [];
  for (const item of items) {
    const parsed = EntitySchema.safeParse(item);
    if (!parsed.success) continue;
    const ids = [parsed.data.id, ...parsed.data.mergedIds];
    if (ids.some((id) => taken.has(id))) continue;
    ids.forEach((id) => taken.add(id));
    kept.push(parsed.data);
  }
  return kept;
}
