import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_TYPES, type LabelType } from '../../../core/model/label-types';
import { idFor, moved, newField, newType, schemaProblems, withIdsFromNames } from '../../../renderer/schema/schema-draft';

describe('idFor', () => {
  it.each([
    ['Event type', [], 'event-type'],
    ['Quote', ['quote'], 'quote-2'],
    ['Quote', ['quote', 'quote-2'], 'quote-3'],
    ['2nd source', [], 'x-2nd-source'],
    ['Área', [], 'area'],
  ])('makes "%s" (taken %j) into %s', (name, taken, id) => {
    expect(idFor(name, new Set(taken))).toBe(id);
  });
});

describe('moved', () => {
  it('moves an item and clamps the target', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
  });
});

describe('schemaProblems', () => {
  it('accepts the default schema', () => {
    expect(schemaProblems(DEFAULT_LABEL_TYPES)).toEqual([]);
  });

  it('names an empty name, an empty choice and a shared shortcut', () => {
    const [quote, event] = DEFAULT_LABEL_TYPES as [LabelType, LabelType];
    const broken: LabelType[] = [
      { ...quote, name: '' },
      { ...event, shortcut: 'q', fields: [{ id: 'kind', name: 'Kind', kind: 'choice', options: [] }] },
    ];
    const problems = schemaProblems(broken);
    expect(problems.some((p) => p.startsWith('quote › name:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('Event › Kind › options:'))).toBe(true);
    expect(problems).toContain('The key Q is the shortcut of quote and Event.');
  });

  it('refuses a second type named like another in any case, and two fields of one name in a type', () => {
    const [quote, event] = DEFAULT_LABEL_TYPES as [LabelType, LabelType];
    const twice: LabelType[] = [quote, { ...event, name: ' quote ', shortcut: 'x', fields: [...event.fields, { ...event.fields[0]!, id: 'other' }] }];
    expect(schemaProblems(twice)).toEqual(['Two types are named “Quote”: give each its own name.', `quote has two fields named “${event.fields[0]!.name}”.`]);
  });
});

describe('withIdsFromNames', () => {
  it('names new types and fields after their final names and leaves saved ids alone', () => {
    const saved = DEFAULT_LABEL_TYPES;
    const added = newType(saved);
    const span = { ...newField('span', []), targetTypes: [added.id] };
    const draft: LabelType[] = [
      ...saved.map((type) => (type.id === 'quote' ? { ...type, name: 'Statement' } : type)),
      { ...added, name: 'Vessel', keyField: span.id, fields: [{ ...span, name: 'Owner' }] },
    ];
    const result = withIdsFromNames(draft, saved);
    expect(result.map((type) => type.id)).toEqual([...saved.map((type) => type.id), 'vessel']);
    expect(result[0]?.name).toBe('Statement');
    expect(result.at(-1)).toMatchObject({ keyField: 'owner', fields: [{ id: 'owner', kind: 'span', targetTypes: ['vessel'] }] });
  });
});
