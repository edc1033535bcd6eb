import { ENTITY_KINDS, type EntityKind } from '../../core/model/entity';
import { KIND_NAMES } from '../entities/entity-kinds';

/**
 * Which kind of entity a type's spans name, or a span field links to (a
 * speaker is a person): typing there offers entities, and a new name makes
 * one of this kind. "None" keeps plain text.
 */
export function EntityKindSelect(props: { id: string; label: string; value: EntityKind | undefined; onChange: (kind: EntityKind | undefined) => void }) {
  const { id, label, value, onChange } = props;
  return (
    <select
      id={id}
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange(ENTITY_KINDS.find((kind) => kind === event.currentTarget.value))}
    >
      <option value="">None (plain text)</option>
      {ENTITY_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {KIND_NAMES[kind]}
        </option>
      ))}
    </select>
  );
}
