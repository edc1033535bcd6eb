import { useEntities } from './entities-context';
import { KIND_NAMES } from './entity-kinds';

/**
 * A field's or a span's link to an entity: its name and kind, or a notice
 * when the entity no longer exists (the link is kept until unlinked).
 */
export function LinkedEntity(props: { labelId: string; what: string; entityId: string; disabled: boolean; onUnlink: () => void }) {
  const { labelId, what, entityId, disabled, onUnlink } = props;
  const entity = useEntities().lookup.get(entityId);
  return (
    <div className="linked linked-entity" role="group" aria-labelledby={labelId}>
      {entity ? (
        <p className="linked-target" title={entity.aliases.length > 0 ? `Also: ${entity.aliases.join(', ')}` : undefined}>
          <span className="linked-type">{KIND_NAMES[entity.kind]}</span>
          <span className="linked-text">{entity.name}</span>
        </p>
      ) : (
        <p className="linked-broken">
          <span aria-hidden>⚠</span> Broken link: this entity was deleted.
        </p>
      )}
      <button type="button" className="linked-unlink" aria-label={`Unlink ${what}`} disabled={disabled} onClick={onUnlink}>
        Unlink
      </button>
    </div>
  );
}
