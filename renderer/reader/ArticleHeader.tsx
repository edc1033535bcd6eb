import { memo } from 'react';
import type { Problem } from '../../core/api/contract';
import type { DocumentFile } from '../../core/model/document';

/** How far into the text a byline counts as already shown by the article itself. */
const BYLINE_SEARCH_LENGTH = 2000;

// Memoised: the reader re-renders on every selection change; this need not.
export const ArticleHeader = memo(function ArticleHeader({ document, problem }: { document: DocumentFile; problem: Problem | null }) {
  const { byline, source, published } = document.metadata;
  const bylineInText = byline !== undefined && document.text.slice(0, BYLINE_SEARCH_LENGTH).includes(byline);
  const details = [!bylineInText && byline && `By ${byline}`, source, published].filter(Boolean);
  return (
    <header className="article-header">
      {details.length > 0 ? <p className="article-meta">{details.join(' · ')}</p> : null}
      {problem ? (
        <p className="article-problem" role="alert">
          {problem.message}.
        </p>
      ) : null}
    </header>
  );
});
