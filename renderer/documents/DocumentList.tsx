import type { DocumentSummary } from '../../core/api/contract';
import type { LabelType } from '../../core/model/label-types';

export function DocumentList(props: {
  documents: readonly DocumentSummary[];
  types: readonly LabelType[];
  currentId: string | null;
  onOpen: (id: string) => void;
}) {
  const { documents, types, currentId, onOpen } = props;
  return (
    <nav className="document-list" aria-label="Documents">
      <h2 className="pane-heading">Documents</h2>
      {documents.length === 0 ? <p className="empty">No documents yet. Import articles from the File menu.</p> : null}
      <ul>
        {documents.map((doc) => (
          <li key={doc.id}>
            <button
              type="button"
              className="document-item"
              aria-current={doc.id === currentId ? 'page' : undefined}
              onClick={() => onOpen(doc.id)}
            >
              <span className="document-title">{doc.title}</span>
              <span className="document-counts">
                {types.map((type) => (
                  <span key={type.id} className="count" data-type={type.id} title={`${type.name} annotations`}>
                    {doc.annotationCounts[type.id] ?? 0}
                  </span>
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
