import type { FieldValue, StoredAnnotation } from '../../../core/model/annotation';
import type { Entity } from '../../../core/model/entity';
import { DEFAULT_LABEL_TYPES } from '../../../core/model/label-types';
import { AnnotationIndex, type IndexedDocument } from '../../../core/query/annotation-index';
import type { QueryContext } from '../../../core/query/match-query';

/** Invented people, places and articles, written for these tests. */
const NOW = '2026-01-02T03:04:05.000Z';

function entity(id: string, name: string, aliases: string[] = [], kind: Entity['kind'] = 'person'): Entity {
  return { id, kind, name, aliases, mergedIds: [], created: NOW, modified: NOW };
}

export function annotation(id: string, type: string, start: number, exact: string, fields: Record<string, FieldValue> = {}, extra: Partial<StoredAnnotation> = {}): StoredAnnotation {
  return { id, type, set: 'default', fragments: [{ start, end: start + [...exact].length, exact, prefix: '', suffix: '' }], fields, created: NOW, modified: NOW, ...extra };
}

const varga = entity('e-varga', 'Ilona Vargaová', ['Vargova', 'Harbour Minister']);
const okafor = entity('e-okafor', 'Chidi Okafor', ['Okafor']);
const aldren = entity('e-aldren', 'Port Aldren', [], 'place');

const harbour: IndexedDocument = { id: 'harbour', title: 'Harbour strike enters second week', outlet: 'Coastal Courier', published: '2026-03-02' };
const ferry: IndexedDocument = { id: 'ferry', title: 'Ferry timetable cut after strike', outlet: 'Aldren Herald', published: '2026-03-09' };
const undated: IndexedDocument = { id: 'undated', title: 'Letters: the dockers answer', outlet: null, published: null };

export function sampleIndex(): { index: AnnotationIndex; context: QueryContext } {
  const index = new AnnotationIndex();
  // Copies: the index writes a document's new title into the object it was given.
  index.setDocument({ ...harbour }, [
    annotation('h-actor', 'actor', 0, 'Vargová', {}, { entity: 'e-varga' }),
    annotation('h-quote', 'quote', 20, 'The harbour will reopen on Monday', { speaker: { ref: 'h-actor' }, kind: 'direct' }),
    annotation('h-event', 'event', 80, 'dockers walked out', { 'event-type': 'protest', date: { date: '2026-02-23', wording: 'last Monday' }, location: { entity: 'e-aldren' } }),
    annotation('h-claim', 'claim', 120, 'wages fell by a third', { claimant: { entity: 'e-okafor' }, stance: 'opposes' }, { note: 'check against the union figures' }),
  ]);
  index.setDocument({ ...ferry }, [
    annotation('f-quote', 'quote', 10, 'No ferry will sail while the strike lasts', { speaker: { entity: 'e-varga' } }),
    annotation('f-quote2', 'quote', 70, 'We were never consulted', { speaker: 'Chidi Okafor' }, { set: 'maria' }),
  ]);
  index.setDocument({ ...undated }, [annotation('u-quote', 'quote', 0, 'The minister spoke too soon', { speaker: 'a docker' })]);
  return { index, context: { entities: [varga, okafor, aldren], types: DEFAULT_LABEL_TYPES } };
}
