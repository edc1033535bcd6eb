import { useMemo, useState } from 'react';
import { changesText, titleFromLine, type DocumentEdit } from '../../core/article/document-edits';
import type { DocumentFile, RemovedReason } from '../../core/model/document';
import { CodePointIndex } from '../../core/text/code-points';
import { glossApi } from '../api/gloss';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';
import type { EditedDocument } from './DocumentDetailsDialog';

/** Why a line was taken out, as the analyst reads it. */
const REASONS: Record<RemovedReason, string> = {
  navigation: 'menu or navigation',
  share: 'share buttons',
  comments: 'comments',
  related: 'related stories',
  prompt: 'cookie or newsletter prompt',
  footer: 'page footer',
  caption: 'photo caption',
  repeated: 'repeated line',
  controls: 'page controls',
  link: 'a link on its own',
  'other-script': 'in another script than the article',
  byline: 'byline (shown above the text)',
  date: 'date (shown above the text)',
  outlet: 'outlet (shown above the text)',
  'before-headline': 'before the headline',
  'after-article': 'after the article',
  analyst: 'taken out by you',
};

/** One line of the page: in the text (a block) or taken out (a removed line). */
type PageLine = { text: string; index: number } & ({ kept: true; heading: boolean } | { kept: false; reason: RemovedReason });

/** The page's lines in the order they stood: each removed line goes back before the block it names. */
function pageLines(document: DocumentFile): PageLine[] {
  const text = new CodePointIndex(document.text);
  const removed = document.removed ?? [];
  const lines: PageLine[] = [];
  let next = 0;
  document.blocks.forEach((block, index) => {
    for (; next < removed.length && (removed[next]?.at ?? 0) <= index; next++) {
      const line = removed[next];
      if (line) lines.push({ kept: false, text: line.text, reason: line.reason, index: next });
    }
    lines.push({ kept: true, text: text.slice(block.start, block.end), heading: block.kind === 'heading', index });
  });
  removed.slice(next).forEach((line, offset) => lines.push({ kept: false, text: line.text, reason: line.reason, index: next + offset }));
  return lines;
}

/**
 * Every line of the imported page, the article's and the ones taken out as
 * page furniture, with why. Before the first annotation the analyst can bring
 * a line back or take one out; any line can become the title.
 */
export function PageLinesDialog(props: {
  document: DocumentFile;
  /** Whether the document has annotations: its text is fixed then. */
  annotated: boolean;
  onEdited: (edited: EditedDocument, textChanged: boolean) => void;
  onClose: () => void;
}) {
  const { annotated, onEdited, onClose } = props;
  const [document, setDocument] = useState(props.document);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const lines = useMemo(() => pageLines(document), [document]);

  const edit = async (change: DocumentEdit) => {
    setBusy(true);
    const result = await glossApi().editDocument({ documentId: document.id, edit: change });
    setBusy(false);
    if (!result.ok) return setProblems([result.error.message]);
    setProblems([]);
    setDocument(result.value.document);
    onEdited(result.value, changesText(change));
  };

  return (
    <ModalDialog
      title="Lines of the page"
      className="page-lines-dialog"
      onClose={onClose}
      problems={<ProblemList problems={problems} />}
      confirm={{ label: 'Done', disabled: busy, onClick: onClose }}
    >
      <p className="page-lines-intro">
        {annotated
          ? 'The text is fixed now that the document has annotations; any line can still become the title.'
          : 'Lines taken out at import are shown faint. Bring back any of them, or take out more, until the first annotation.'}
      </p>
      <ol className="page-lines">
        {lines.map((line) => {
          const isTitle = titleFromLine(line.text) === document.metadata.title;
          return (
            <li key={`${line.kept ? 'b' : 'r'}${line.index}`} className={line.kept ? 'page-line kept' : 'page-line removed'}>
              <span className="page-line-text">{line.text}</span>
              <span className="page-line-state">
                {line.kept ? (line.heading ? 'Heading in the text' : 'In the text') : `Taken out: ${REASONS[line.reason]}`}
                {isTitle ? ' · the title' : ''}
              </span>
              <span className="page-line-actions">
                {line.kept ? (
                  <button type="button" disabled={busy || annotated} onClick={() => void edit({ kind: 'remove-block', index: line.index })}>
                    Take out
                  </button>
                ) : (
                  <button type="button" disabled={busy || annotated} onClick={() => void edit({ kind: 'restore-line', index: line.index })}>
                    Bring back
                  </button>
                )}
                <button
                  type="button"
                  disabled={busy || isTitle}
                  onClick={() => void edit({ kind: 'headline', from: line.kept ? 'block' : 'removed', index: line.index })}
                >
                  Use as title
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </ModalDialog>
  );
}
