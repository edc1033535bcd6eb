import type { DocumentSummary } from '../../core/api/contract';

/** One document's figures: the sets compared in it, its items, and how many are decided. */
interface Figures {
  sets: number;
  items: number;
  decided: number;
}

function figuresText(figures: Figures | undefined): string {
  if (!figures) return '…';
  if (figures.sets === 0) return 'not annotated';
  if (figures.sets === 1) return 'one set only';
  return `${figures.decided} of ${figures.items} decided`;
}

/**
 * The workspace's documents with how far each one's adjudication is, so the
 * adjudicator sees where work is left without opening each article; choosing
 * one adjudicates it next. The open document shows the view's own figures
 * (ahead of what is saved), the others what the services derive.
 */
export function AdjudicationDocuments(props: {
  documents: readonly DocumentSummary[];
  openId: string;
  live: Figures;
  progress: ReadonlyMap<string, Figures> | null;
  onOpen: (id: string) => void;
}) {
  const { documents, openId, live, progress, onOpen } = props;
  return (
    <fieldset className="adjudication-documents">
      <legend>Documents</legend>
      <ul>
        {documents.map((document) => {
          const figures = document.id === openId ? live : progress?.get(document.id);
          const done = figures !== undefined && figures.sets > 1 && figures.decided === figures.items;
          return (
            <li key={document.id}>
              <button type="button" aria-current={document.id === openId ? 'true' : undefined} className={done ? 'done' : undefined} onClick={() => onOpen(document.id)}>
                <span className="adjudication-document-title">{document.title}</span>
                <span className="adjudication-document-figures">{figuresText(figures)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
