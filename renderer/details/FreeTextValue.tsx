import { entityByName } from '../../core/entities/alias-key';
import type { EntityKind } from '../../core/model/entity';
import { useEntities } from '../entities/entities-context';
import { KIND_NAMES } from '../entities/entity-kinds';

/**
 * A name typed before the field linked entities: kept and shown as it is,
 * never linked by itself. The analyst may link it to the entity that has
 * exactly this name or alias, make it a new entity, or clear it.
 */
export function FreeTextValue(props: { text: string; newKind: EntityKind; disabled: boolean; onLink: (entityId: string) => void; onClear: () => void }) {
  const { text, newKind, disabled, onLink, onClear } = props;
  const { entities, readOnly, edit } = useEntities();
  const match = entityByName(entities, text);
  const create = async () => {
    const id = crypto.randomUUID();
    if (await edit([{ kind: 'create', id, entityKind: newKind, name: text }])) onLink(id);
  };
  return (
    <div className="free-text-value">
      <p className="field-hint">
        Free text, not linked: <q>{text}</q>
      </p>
      <div className="orphan-actions">
        {match ? (
          <button type="button" disabled={disabled} onClick={() => onLink(match.id)}>
            Link to {match.name}
          </button>
        ) : (
          <button type="button" disabled={disabled || readOnly !== null} onClick={() => void create()}>
            New {KIND_NAMES[newKind].toLowerCase()} “{text}”
          </button>
        )}
        <button type="button" disabled={disabled} onClick={onClear}>
          Clear
        </button>
      </div>
    </div>
  );
}
