import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';

/** Shortens long spans for the list, keeping both ends readable. */
function excerpt(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 40)} … ${text.slice(-30)}`;
}

export function AnnotationSidebar(props: {
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const { annotations, types, selectedId, onSelect, onDelete } = props;
  const typeName = (id: string) => types.find((type) => type.id === id)?.name ?? id;
  return (
    <aside className="sidebar" aria-label="Annotations">
      <h2 className="pane-heading">
        Annotations <span className="pane-count">{annotations.length}</span>
      </h2>
      {annotations.length === 0 ? (
        <p className="empty">Select text in the article, then press Quote, Event or Claim (or Q, E, C).</p>
      ) : null}
      <ul className="annotation-list" aria-label="Annotation list">
        {annotations.map((annotation) => (
          <li key={annotation.id} className="annotation-item" aria-selected={annotation.id === selectedId}>
            <button type="button" className="annotation-select" onClick={() => onSelect(annotation.id)}>
              <span className="annotation-type" data-type={annotation.type}>
                {typeName(annotation.type)}
              </span>
              <span className="annotation-text">
                {excerpt(annotation.fragments.map((fragment) => fragment.exact).join(' … '))}
              </span>
            </button>
            <button
              type="button"
              className="annotation-delete"
              aria-label={`Delete ${typeName(annotation.type)} annotation`}
              onClick={() => onDelete(annotation.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
