import type { StoredAnnotation } from '../../../core/model/annotation';

/** A valid stored annotation using every kind of value the schema allows (each field value kind, a note, an entity). */
export const VALID_ANNOTATION: StoredAnnotation = {
  id: 'a1',
  type: 'quote',
  set: 'default',
  fragments: [{ start: 4, end: 10, exact: 'harbour', prefix: 'The ', suffix: ' master' }],
  fields: {
    speaker: 'the mayor',
    count: 3,
    direct: true,
    about: { ref: 'a2' },
    addressee: { entity: 'e7' },
    when: { date: '2026-04-03', wording: 'last Friday', reference: '2026-04-06' },
  },
  note: 'checked',
  entity: 'e9',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-02T10:00:00+02:00',
};
