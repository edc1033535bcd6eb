import type { Entity } from '../model/entity';

/**
 * Accents that Latin, Greek and Cyrillic names are written with and without
 * ("Pashinyan" typed for "Pashinyán", "Ереван" for "Ерева́н"). Only this block
 * is dropped: in scripts such as Devanagari the combining marks are vowels,
 * and two names that differ by one are two names.
 */
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
/** ASCII, and quotation marks and bullets that have no case, no decomposition and are no space: nothing in them to fold but case and spaces. */
// eslint-disable-next-line no-control-regex -- line breaks and tabs are plain text too
const PLAIN = /^[\x00-\x7f\u00ab\u00bb\u201a-\u2022]*$/;

/**
 * The form in which two names count as the same name: case, accents, curly
 * or straight apostrophes, dash kinds and runs of spaces do not matter;
 * spelling does ("Pashinian" and "Pashinyan" are two aliases, never guessed
 * to be one).
 */
export function aliasKey(name: string): string {
  // Plain text has nothing to decompose and no accents, curly apostrophes or dash kinds: the same key, ten times faster (the query index folds every annotation's words, line breaks and quotation marks and all).
  if (PLAIN.test(name)) return name.replace(/`/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFKD')
    .replace(COMBINING_DIACRITICS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLocaleLowerCase('und')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Every name an entity answers to: its canonical name first, then its aliases. */
export function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}

/** The entity one of whose names is `name` (ignoring case and accents), if any. */
export function entityByName(entities: readonly Entity[], name: string): Entity | undefined {
  const key = aliasKey(name);
  if (key === '') return undefined;
  return entities.find((entity) => namesOf(entity).some((alias) => aliasKey(alias) === key));
}

export interface EntityMatch {
  entity: Entity;
  /** The name that matched what was typed: the canonical name or an alias. */
  matched: string;
}

/** How well a name answers a typed prefix: 0 the whole name, 1 its start, 2 the start of a later word. */
function rank(nameKey: string, query: string): number | null {
  if (nameKey === query) return 0;
  if (nameKey.startsWith(query)) return 1;
  return nameKey.split(/[\s'-]/).some((word) => word.startsWith(query)) ? 2 : null;
}

/**
 * Entities a typed name may mean, best first, each once with the name that
 * matched: "pash" offers Nikol Pashinyan through "Pashinyan" and "Pashinian".
 * Matching is by the start of a name or of one of its words, so typing
 * finds names; nothing is matched by similarity.
 */
export function matchEntities(entities: readonly Entity[], typed: string, limit = 12): EntityMatch[] {
  const query = aliasKey(typed);
  if (query === '') return entities.slice(0, limit).map((entity) => ({ entity, matched: entity.name }));
  const found: (EntityMatch & { rank: number })[] = [];
  for (const entity of entities) {
    let best: { matched: string; rank: number } | null = null;
    for (const name of namesOf(entity)) {
      const r = rank(aliasKey(name), query);
      if (r !== null && (best === null || r < best.rank)) best = { matched: name, rank: r };
    }
    if (best) found.push({ entity, ...best });
  }
  found.sort((a, b) => a.rank - b.rank || a.entity.name.localeCompare(b.entity.name));
  return found.slice(0, limit).map(({ entity, matched }) => ({ entity, matched }));
}
