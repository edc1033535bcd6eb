import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { StoredAnnotation } from '../../core/model/annotation';
import { trimSpan, type Span } from '../../core/anchoring/trim-span';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar';
import { createAnnotation } from '../annotations/create-annotation';
import { useOpenDocument } from '../annotations/use-open-document';
import { DocumentList } from '../documents/DocumentList';
import { SchemaButton } from '../schema/SchemaButton';
import { useLabelTypes } from '../schema/use-label-types';
import type { DocumentStatus } from '../../core/model/document-status';
import { glossApi } from '../api/gloss';
import { Notice } from '../notices/Notice';
import { ArticleHeader } from '../reader/ArticleHeader';
import type { DomTextMap } from '../reader/dom-text-map';
import { ReaderPlugins } from '../reader/ReaderPlugins';
import { revealSpan } from '../reader/reveal';
import { FindBar } from '../find/FindBar';
import { Reader } from '../reader/Reader';
import { Toolbar } from '../toolbar/Toolbar';
import { useSession } from './use-session';
import { useShortcuts } from './use-shortcuts';
import { WelcomeScreen } from '../workspace/WelcomeScreen';
import { ReviewList } from '../review/ReviewList';
import { DropImport } from '../import/DropImport';
import { ImportProgress } from '../import/ImportProgress';
import { countByType } from './annotation-queries';
import { ExchangeButtons } from '../exchange/ExchangeButtons';
import { AnnotationSetContext } from '../sets/annotation-set-context';
import { SetsPanel } from '../sets/SetsPanel';
import { RemoveSetDialog } from '../sets/RemoveSetDialog';
import { useSets } from '../sets/use-sets';
import { useSetActions } from '../sets/use-set-actions';

// Loaded when an annotation is first selected: it brings the date parser
// (chrono-node), which the first screen does not need.
const DetailsPanel = lazy(() => import('../details/DetailsPanel').then((module) => ({ default: module.DetailsPanel })));

export function App() {
  const [notice, setNotice] = useState<string | null>(null);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const { session, failure, updateDocument, setAnnotationSet, reload: reloadSession } = useSession(setNotice);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const currentId = chosenId ?? session?.lastDocumentId ?? null;
  const { open, state, saveStatus, act, flush, reload: reloadDocument } = useOpenDocument(currentId, setNotice);
  const [selection, setSelection] = useState<Span | null>(null);
  const [renderedMap, setMap] = useState<DomTextMap | null>(null);
  // The map of the previous document lingers until the new one is rendered.
  const map = renderedMap && renderedMap.text === open?.text ? renderedMap : null;
  const { types, replaceTypes } = useLabelTypes(session?.labelTypes);
  const editable = Boolean(open && !open.loaded.readOnly && !session?.workspace?.readOnly);
  const workspacePath = session?.workspace?.path;
  useEffect(() => setChosenId(null), [workspacePath]);
  const own = session?.annotationSet ?? 'default';
  // The list and the set chips follow the deferred copy of the state (see below).
  const listed = useDeferredValue(state);
  const savedSets = useMemo(() => ({ workspace: workspacePath, hidden: session?.hiddenSets ?? [] }), [workspacePath, session?.hiddenSets]);
  const sets = useSets(state.annotations, listed.annotations, own, savedSets);

  const tag = useCallback(
    (typeId: string) => {
      if (!open || !editable) return;
      const span = selection ? trimSpan(open.text.index, selection) : null;
      if (!span) {
        setNotice(selection ? 'The selection is only white space: select words to tag.' : 'Select some text in the article first.');
        return;
      }
      act({ kind: 'add', annotation: createAnnotation(open.text.index, span, typeId, own) });
      sets.show(own);
      document.getSelection()?.removeAllRanges();
    },
    [open, editable, selection, act, own, sets.show],
  );

  // The open document's counts are derived while it is open, rather than
  // written into the session on every change (which re-rendered everything
  // once more per tag); they are written back when it is left.
  // A keystroke's frame carries only the new highlight: the list and the counts
  // follow from this deferred copy of the state a render later (React yields to
  // painting in between), and so does the switch of the details panel to another
  // annotation. What the panel edits is always read from the current state, so
  // a quick second edit never starts from a stale annotation.
  const panelId = useDeferredValue(state.selectedId);
  const openId = open?.loaded.document.id;
  const counts = useMemo(() => countByType(listed.annotations), [listed.annotations]);
  const changed = listed.revision > 0;
  const latestCounts = useRef<Record<string, number> | null>(null);
  latestCounts.current = changed ? counts : null;
  useEffect(
    () => () => {
      const final = latestCounts.current;
      if (openId && final) updateDocument(openId, (doc) => ({ ...doc, annotationCounts: final }));
    },
    [openId, updateDocument],
  );
  const documents = useMemo(
    () =>
      session && openId && changed
        ? session.documents.map((doc) => (doc.id === openId ? { ...doc, annotationCounts: counts } : doc))
        : (session?.documents ?? []),
    [session, openId, changed, counts],
  );

  const scrollTo = useCallback(
    (id: string) => {
      const fragment = state.annotations.find((a) => a.id === id)?.fragments[0];
      if (!fragment || !map) return;
      revealSpan(map, fragment);
    },
    [state.annotations, map],
  );

  const showAnnotation = useCallback(
    (id: string) => {
      act({ kind: 'select', id });
      scrollTo(id);
    },
    [act, scrollTo],
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

  const selectAnnotation = useCallback((id: string | null) => act({ kind: 'select', id }), [act]);
  const reading = { map, annotations: sets.visible, types, editable };

  const setStatus = useCallback(
    async (id: string, status: DocumentStatus) => {
      const result = await glossApi().setDocumentStatus({ documentId: id, status });
      if (result.ok) updateDocument(id, (doc) => ({ ...doc, status }));
      else setNotice(result.error.message);
    },
    [updateDocument],
  );
  const onStatus = useCallback((id: string, status: DocumentStatus) => void setStatus(id, status), [setStatus]);
  const removeAnnotation = useCallback((id: string) => act({ kind: 'remove', id }), [act]);
  const placeAnnotation = useCallback((annotation: StoredAnnotation) => act({ kind: 'add', annotation }), [act]);
  const setActions = useSetActions({ onOwnSet: setAnnotationSet, reloadSession, reloadDocument, onNotice: setNotice });
  const selected = useMemo(
    () => state.annotations.find((a) => a.id === (state.selectedId && panelId)) ?? null,
    [state.annotations, state.selectedId, panelId],
  );

  if (failure) return <div className="fatal">Gloss could not open the workspace: {failure}</div>;
  if (!session) return <div className="loading">Opening workspace…</div>;
  if (!session.workspace) return <WelcomeScreen recent={session.recentWorkspaces} onNotice={setNotice} />;

  return (
    <AnnotationSetContext.Provider value={own}>
      <div className="app">
        <Toolbar
          workspaceName={session.workspace.name}
          types={types}
          canTag={editable}
          saveStatus={saveStatus}
          onTag={tag}
        >
          <SchemaButton types={types} disabled={Boolean(session.workspace.readOnly)} onSaved={replaceTypes} />
          <ExchangeButtons
            documents={documents}
            openId={openId ?? null}
            types={types}
            sets={sets.known}
            canImport={!session.workspace.readOnly}
            flush={flush}
            onImported={setActions.imported}
            onNotice={setNotice}
          />
        </Toolbar>
        {session.workspace.readOnly ? (
          <p className="read-only-banner">Read-only: {session.workspace.readOnly}. Nothing you change here will be saved.</p>
        ) : null}
        <div className="layout">
          <DocumentList
            documents={documents}
            types={types}
            currentId={currentId}
            canEdit={!session.workspace.readOnly}
            onOpen={setChosenId}
            onStatus={onStatus}
          />
          <main className="reader-pane">
            {open ? (
              <FindBar key={`find-${open.loaded.document.id}`} text={open.text} {...reading} act={act} onNotice={setNotice} />
            ) : null}
            {open ? (
              <article className="article" key={open.loaded.document.id}>
                <ArticleHeader document={open.loaded.document} problem={open.loaded.problem} />
                <ReviewList
                  documentId={open.loaded.document.id}
                  initial={open.loaded.unplaced}
                  index={open.text.index}
                  selection={selection}
                  editable={editable}
                  onPlace={placeAnnotation}
                  onNotice={setNotice}
                />
                <Reader text={open.text} onMap={setMap}>
                  <ReaderPlugins
                    {...reading}
                    documentId={open.loaded.document.id}
                    readingPosition={open.loaded.readingPosition}
                    setStyles={sets.styles}
                    selectedId={state.selectedId}
                    selection={selection}
                    onSelectionChange={setSelection}
                    onTag={tag}
                    onSelect={selectAnnotation}
                    onShow={showAnnotation}
                  />
                </Reader>
              </article>
            ) : (
              <p className="empty">{currentId ? 'Opening…' : 'Choose a document on the left.'}</p>
            )}
          </main>
          <div className="side-column">
            <SetsPanel
              sets={sets.known}
              own={own}
              styles={sets.styles}
              counts={sets.counts}
              hidden={sets.hidden}
              onToggle={sets.toggle}
              onRemove={session.workspace.readOnly ? null : setActions.setRemoving}
              onRename={setActions.rename}
            />
            {setActions.removing ? (
              <RemoveSetDialog set={setActions.removing} beforeRemove={flush} onRemoved={setActions.removed} onClose={setActions.closeRemoving} />
            ) : null}
            <AnnotationSidebar
              annotations={sets.listedVisible}
              showSets={sets.known.length > 1}
              types={types}
              selectedId={listed.selectedId}
              onSelect={showAnnotation}
              onDelete={removeAnnotation}
            />
            {open ? (
              <Suspense fallback={null}>
                <DetailsPanel
                  annotation={selected}
                  annotations={state.annotations}
                  types={types}
                  document={open.loaded.document}
                  index={open.text.index}
                  selection={selection}
                  editable={editable}
                  act={act}
                  onSelect={showAnnotation}
                  onNotice={setNotice}
                />
              </Suspense>
            ) : null}
          </div>
        </div>
        <DropImport enabled={!session.workspace.readOnly} onNotice={setNotice} />
        <ImportProgress />
        <Notice message={notice} onDismiss={dismissNotice} />
      </div>
    </AnnotationSetContext.Provider>
  );
}
