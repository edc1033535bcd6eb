import { describe, expect, it } from 'vitest';
import { aliasKey, entityByName, matchEntities } from '../../../../core/entities/alias-key';
import { applyEntityEdit, applyEntityEdits, entityLookup, type EntityEdit } from '../../../../core/entities/entity-edits';
import { EntitiesFileSchema, type Entity } from '../../../../core/model/entity';
import { SCHEMA_FILE } from '../../../../core/model/label-types';
import { readVersioned } from '../../../../core/model/versioned';

const NOW = '2026-03-04T05:06:07.000Z';

/** Invented people and places, written for these tests. */
function entity(id: string, name: string, aliases: string[] = [], kind: Entity['kind'] = 'person'): Entity {
  return { id, kind, name, aliases, mergedIds: [], created: NOW, modified: NOW };
}
const varga = entity('e-varga', 'Ilona Vargaová', ['Vargaova', 'Vargová', 'Harbour Minister']);
const okonkwo = entity('e-okonkwo', 'Chidi Okonkwo', ['Okonkwo']);
const lindqvist = entity('e-lindqvist', 'Sven Lindqvist');
const port = entity('e-port', 'Port Aldren', [], 'place');
const all = [varga, okonkwo, lindqvist, port];

function edited(entities: readonly Entity[], ...edits: EntityEdit[]): Entity[] {
  const result = applyEntityEdits(entities, edits, '2026-03-05T00:00:00.000Z');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('aliasKey: when two names are the same name', () => {
  it.each([
    ['Ilona Vargaová', 'ilona vargaova'],
    ['  ILONA   Vargaová ', 'ilona vargaova'],
    ['O’Neill', "o'neill"],
    ['Saint‐Étienne', 'saint-etienne'],
    ['Ёлкина', 'елкина'],
    ['“Tolls\n\tRISE”, «Maire»', '“tolls rise”, «maire»'],
    ['“Vargaová”', '“vargaova”'],
  ])('%s → %s', (name, key) => expect(aliasKey(name)).toBe(key));

  it('keeps spellings apart: two spellings are two aliases, never one guessed name', () => {
    expect(aliasKey('Vargova')).not.toBe(aliasKey('Vargaova'));
    expect(entityByName(all, 'Vargowa')).toBeUndefined();
    expect(entityByName(all, 'Vargova')?.id).toBe('e-varga');
  });

  it('folds plain text (ASCII, quotation marks) as the full folding does', () => {
    const full = (name: string) => name.normalize('NFKD').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim().normalize('NFC');
    for (const name of ['A\r\nB  C', '„Ab“ ‚c‘', '• «Ab» ‹c›', '‟X” † ‡ ‛y']) expect(aliasKey(name)).toBe(full(name).replace(/[\u2018\u2019]/g, "'"));
  });

  it('keeps vowel signs of scripts where they are letters', () => {
    expect(aliasKey('राम')).not.toBe(aliasKey('रम'));
  });
});

describe('finding entities by name', () => {
  it('finds an entity by any alias, ignoring case and accents', () => {
    expect(entityByName(all, 'vargova')?.id).toBe('e-varga');
    expect(entityByName(all, 'VARGAOVA')?.id).toBe('e-varga');
    expect(entityByName(all, 'harbour minister')?.id).toBe('e-varga');
    expect(entityByName(all, 'Ilona')).toBeUndefined();
  });

  it('offers what a typed start matches, the whole name first, each entity once with the name that matched', () => {
    expect(matchEntities(all, 'varg').map((m) => [m.entity.id, m.matched])).toEqual([['e-varga', 'Vargaova']]);
    expect(matchEntities(all, 'oko').map((m) => m.entity.id)).toEqual(['e-okonkwo']);
    expect(matchEntities(all, 'okonkwo')[0]?.matched).toBe('Okonkwo');
    expect(matchEntities(all, 'minis').map((m) => m.matched)).toEqual(['Harbour Minister']);
    expect(matchEntities(all, 'zz')).toEqual([]);
  });
});

describe('entity edits', () => {
  it('creates an entity, and refuses a name another entity already answers to', () => {
    const created = edited(all, { kind: 'create', id: 'e-new', entityKind: 'organisation', name: ' Coastal Guild ' });
    expect(created.at(-1)).toMatchObject({ id: 'e-new', kind: 'organisation', name: 'Coastal Guild', aliases: [], mergedIds: [] });
    const taken = applyEntityEdit(all, { kind: 'create', id: 'e-x', entityKind: 'person', name: 'vargová' }, NOW);
    expect(taken).toEqual({ ok: false, error: '“vargová” is already a name of “Ilona Vargaová”; merge the two if they are one' });
  });

  it('renames, keeping the old name as an alias so it is still found', () => {
    const [renamed] = edited([okonkwo], { kind: 'rename', id: 'e-okonkwo', name: 'Chidi N. Okonkwo' });
    expect(renamed).toMatchObject({ name: 'Chidi N. Okonkwo', aliases: ['Chidi Okonkwo', 'Okonkwo'], modified: '2026-03-05T00:00:00.000Z' });
  });

  it('adds an alias once and removes it; an alias of another entity is refused', () => {
    const [added] = edited([lindqvist], { kind: 'add-alias', id: 'e-lindqvist', alias: 'Lindkvist' }, { kind: 'add-alias', id: 'e-lindqvist', alias: 'LINDKVIST' });
    expect(added?.aliases).toEqual(['Lindkvist']);
    expect(edited([added!], { kind: 'remove-alias', id: 'e-lindqvist', alias: 'Lindkvist' })[0]?.aliases).toEqual([]);
    expect(applyEntityEdit(all, { kind: 'add-alias', id: 'e-lindqvist', alias: 'okonkwo' }, NOW).ok).toBe(false);
  });

  it('merges: names become aliases, notes join, and links to either id mean the one kept', () => {
    const noted = { ...okonkwo, note: 'Port authority' };
    const merged = edited([{ ...varga, note: 'Minister' }, noted, port], { kind: 'merge', keepId: 'e-varga', mergeId: 'e-okonkwo' });
    expect(merged.map((e) => e.id)).toEqual(['e-varga', 'e-port']);
    expect(merged[0]).toMatchObject({
      aliases: ['Vargaova', 'Vargová', 'Harbour Minister', 'Chidi Okonkwo', 'Okonkwo'],
      mergedIds: ['e-okonkwo'],
      note: 'Minister\n\nPort authority',
    });
    const twice = edited(merged, { kind: 'merge', keepId: 'e-port', mergeId: 'e-varga' });
    const lookup = entityLookup(twice);
    expect(lookup.get('e-okonkwo')?.id).toBe('e-port');
    expect(lookup.get('e-varga')?.id).toBe('e-port');
    expect(EntitiesFileSchema.safeParse({ format: 'gloss.entities', version: 1, entities: twice }).success).toBe(true);
  });

  it('refuses to merge an entity with itself or with one that does not exist, changing nothing', () => {
    expect(applyEntityEdit(all, { kind: 'merge', keepId: 'e-port', mergeId: 'e-port' }, NOW).ok).toBe(false);
    expect(applyEntityEdits(all, [{ kind: 'set-kind', id: 'e-port', entityKind: 'other' }, { kind: 'merge', keepId: 'e-port', mergeId: 'e-gone' }], NOW)).toEqual({
      ok: false,
      error: 'there is no entity with id e-gone',
    });
  });

  it('sets a note and clears it when empty', () => {
    const [withNote] = edited([port], { kind: 'set-note', id: 'e-port', note: 'Northern harbour' });
    expect(withNote?.note).toBe('Northern harbour');
    expect(edited([withNote!], { kind: 'set-note', id: 'e-port', note: ' ' })[0]).not.toHaveProperty('note');
  });
});

describe('the entities file', () => {
  it('refuses an id used twice, as an id or among merged ids', () => {
    const file = { format: 'gloss.entities', version: 1, entities: [varga, { ...port, mergedIds: ['e-varga'] }] };
    const parsed = EntitiesFileSchema.safeParse(file);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/entity id is used twice/);
  });
});

describe('schema.json version 1', () => {
  it('links the default fields and the pointed-at types to entities; other fields stay as they were', () => {
    const v1 = {
      format: 'gloss.schema',
      version: 1,
      types: [
        {
          id: 'quote',
          name: 'Quote',
          color: '#f2b134',
          fields: [
            { id: 'speaker', name: 'Speaker', kind: 'span', targetTypes: ['actor'] },
            { id: 'cue', name: 'Cue', kind: 'span', targetTypes: [] },
            { id: 'location', name: 'Place name', kind: 'text' },
          ],
        },
        { id: 'actor', name: 'Actor', color: '#4caf7a', fields: [] },
        { id: 'location', name: 'Location', color: '#c98b4a', fields: [{ id: 'country', name: 'Country', kind: 'text' }] },
      ],
    };
    const read = readVersioned(SCHEMA_FILE, v1);
    if (!read.ok) throw new Error(read.error);
    const [quote, actor, location] = read.value.value.types;
    expect(quote?.fields.map((f) => ('entityKind' in f ? f.entityKind : undefined))).toEqual(['person', undefined, undefined]);
    expect(actor?.entityKind).toBe('person');
    expect(location?.entityKind).toBeUndefined();
  });
});
