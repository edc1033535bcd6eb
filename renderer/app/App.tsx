import { useCallback, useEffect, useMemo, useState } from 'react';
import { trimSpan, type Span } from '../../core/anchoring/trim-span';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar';
import { createAnnotation } from '../annotations/create-annotation';
import { useOpenDocument } from '../annotations/use-open-document';
import { DocumentList } from '../documents/DocumentList';
import type { DocumentStatus } from '../../core/model/document-status';
import { glossApi } from '../api/gloss';
import { Notice } from '../notices/Notice';
import { ArticleHeader } from '../reader/ArticleHeader';
import type { DomTextMap } from '../reader/dom-text-map';
import { HighlightPlugin } from '../reader/plugins/HighlightPlugin';
import { SelectionPlugin } from '../reader/plugins/SelectionPlugin';
import { Reader } from '../reader/Reader';
import { Toolbar } from '../toolbar/Toolbar';
import { useSession } from './use-session';
import { useShortcuts } from './use-shortcuts';
import { WelcomeScreen } from '../workspace/WelcomeScreen';
import { ReviewList } from '../review/ReviewList';
import { countByType, innermostAt } from './annotation-queries';

export function App() {
  const [notice, setNotice] = useState<string | null>(null);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const { session, failure, updateDocument } = useSession(setNotice);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const currentId = chosenId ?? session?.lastDocumentId ?? null;
  const { open, state, saveStatus, act } = useOpenDocument(currentId, setNotice);
  const [selection, setSelection] = useState<Span | null>(null);
  const [renderedMap, setMap] = useState<DomTextMap | null>(null);
  // The map of the previous document lingers until the new one is rendered.
  const map = renderedMap && renderedMap.text === open?.text ? renderedMap : null;
  const types = useMemo(() => session?.labelTypes ?? [], [session]);
  const editable = Boolean(open && !open.loaded.readOnly && !session?.workspace?.readOnly);
  const workspacePath = session?.workspace?.path;
  useEffect(() => setChosenId(null), [workspacePath]);

  const tag = useCallback(
    (typeId: string) => {
      if (!open || !editable) return;
      const span = selection ? trimSpan(open.text.index, selection) : null;
      if (!span) {
        setNotice(selection ? 'The selection is only white space: select words to tag.' : 'Select some text in the article first.');
        return;
      }
      act({ kind: 'add', annotation: createAnnotation(open.text.index, span, typeId) });
      document.getSelection()?.removeAllRanges();
    },
    [open, editable, selection, act],
  );

  const openId = open?.loaded.document.id;
  useEffect(() => {
    if (openId && state.revision > 0) {
      updateDocument(openId, (doc) => ({ ...doc, annotationCounts: countByType(state.annotations) }));
    }
  }, [openId, state.revision, state.annotations, updateDocument]);

  const scrollTo = useCallback(
    (id: string) => {
      const fragment = state.annotations.find((a) => a.id === id)?.fragments[0];
      if (!fragment || !map) return;
      const range = map.rangeFor(fragment.start, fragment.end);
      (range.startContainer.parentElement ?? undefined)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [state.annotations, map],
  );

  const shortcuts = useMemo(
    () => ({
      onTypeKey: (key: string) => {
        const type = types.find((t) => t.shortcut === key);
        if (type) tag(type.id);
        return Boolean(type);
      },
      onUndo: () => act({ kind: 'undo' }),
      onRedo: () => act({ kind: 'redo' }),
      onDelete: () => {
        if (state.selectedId && editable) act({ kind: 'remove', id: state.selectedId });
      },
      onEscape: () => act({ kind: 'select', id: null }),
    }),
    [types, tag, act, state.selectedId, editable],
  );
  useShortcuts(shortcuts);

  const onClickOffset = useCallback(
    (offset: number) => act({ kind: 'select', id: innermostAt(state.annotations, offset)?.id ?? null }),
    [act, state.annotations],
  );

  const setStatus = useCallback(
    async (id: string, status: DocumentStatus) => {
      const result = await glossApi().setDocumentStatus({ documentId: id, status });
      if (result.ok) updateDocument(id, (doc) => ({ ...doc, status }));
      else setNotice(result.error.message);
    },
    [updateDocument],
  );

  if (failure) return <div className="fatal">Gloss could not open the workspace: {failure}</div>;
  if (!session) return <div className="loading">Opening workspace…</div>;
  if (!session.workspace) return <WelcomeScreen recent={session.recentWorkspaces} onNotice={setNotice} />;

  return (
    <div className="app">
      <Toolbar
        workspaceName={session.workspace.name}
        types={types}
        canTag={editable}
        saveStatus={saveStatus}
        onTag={tag}
      />
      {session.workspace.readOnly ? (
        <p className="read-only-banner">Read-only: {session.workspace.readOnly}. Nothing you change here will be saved.</p>
      ) : null}
      <div className="layout">
        <DocumentList
          documents={session.documents}
          types={types}
          currentId={currentId}
          canEdit={!session.workspace.readOnly}
          onOpen={setChosenId}
          onStatus={(id, status) => void setStatus(id, status)}
        />
        <main className="reader-pane">
          {open ? (
            <article className="article" key={open.loaded.document.id}>
              <ArticleHeader document={open.loaded.document} problem={open.loaded.problem} />
              <ReviewList
                documentId={open.loaded.document.id}
                initial={open.loaded.unplaced}
                index={open.text.index}
                selection={selection}
                editable={editable}
                onPlace={(annotation) => act({ kind: 'add', annotation })}
                onNotice={setNotice}
              />
              <Reader text={open.text} onMap={setMap}>
                <HighlightPlugin map={map} annotations={state.annotations} types={types} selectedId={state.selectedId} />
                <SelectionPlugin map={map} onSelectionChange={setSelection} onClickOffset={onClickOffset} />
              </Reader>
            </article>
          ) : (
            <p className="empty">{currentId ? 'Opening…' : 'Choose a document on the left.'}</p>
          )}
        </main>
        <AnnotationSidebar
          annotations={state.annotations}
          types={types}
          selectedId={state.selectedId}
          onSelect={(id) => {
            act({ kind: 'select', id });
            scrollTo(id);
          }}
          onDelete={(id) => act({ kind: 'remove', id })}
        />
      </div>
      <Notice message={notice} onDismiss={dismissNotice} />
    </div>
  );
}
