import type { EntityKind } from '../../core/model/entity';

/** Each kind as the analyst reads it. */
export const KIND_NAMES: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  other: 'Other',
};
