import type { Problem } from '../../core/api/contract';
import type { DocumentFile } from '../../core/model/document';

export function ArticleHeader({ document, problem }: { document: DocumentFile; problem: Problem | null }) {
  const { byline, source, published } = document.metadata;
  const details = [byline && `By ${byline}`, source, published].filter(Boolean);
  return (
    <header className="article-header">
      {details.length > 0 ? <p className="article-meta">{details.join(' · ')}</p> : null}
      {problem ? (
        <p className="article-problem" role="alert">
          Annotations are read-only: {problem.message}. The file is left as it is on disk.
        </p>
      ) : null}
    </header>
  );
}
