import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Span } from '../../core/anchoring/trim-span';
import { DEFAULT_SET } from '../../core/model/annotation';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar';
import { useOpenDocument } from '../annotations/use-open-document';
import { DocumentList } from '../documents/DocumentList';
import { SchemaButton } from '../schema/SchemaButton';
import { useLabelTypes } from '../schema/use-label-types';
import { Notice } from '../notices/Notice';
import { ArticleHeader } from '../reader/ArticleHeader';
import { DocumentDetails } from '../document-details/DocumentDetails';
import { ReaderPlugins } from '../reader/ReaderPlugins';
import { FindBar } from '../find/FindBar';
import { Reader } from '../reader/Reader';
import { Toolbar } from '../toolbar/Toolbar';
import { WelcomeScreen } from '../workspace/WelcomeScreen';
import { ReviewList } from '../review/ReviewList';
import { DropImport } from '../import/DropImport';
import { ImportProgress } from '../import/ImportProgress';
import { ExchangeButtons } from '../exchange/ExchangeButtons';
import { AnnotationSetContext } from '../sets/annotation-set-context';
import { SetsPanel } from '../sets/SetsPanel';
import { RemoveSetDialog } from '../sets/RemoveSetDialog';
import { AdoptSetDialog } from '../sets/AdoptSetDialog';
import { useSets } from '../sets/use-sets';
import { useSetActions } from '../sets/use-set-actions';
import { EntitiesContext } from '../entities/entities-context';
import { useWorkspaceEntities } from '../entities/use-workspace-entities';
import { EntitiesButton } from '../entities/EntitiesButton';
import { TeamButtons } from '../team/TeamButtons';
import { SyncButton } from '../team/SyncButton';
import { useOpenAt } from './use-open-at';
import { useQueryView } from '../analysis/use-query-view';
import { QueryButton } from '../analysis/QueryButton';
import { QueryPanel } from '../analysis/QueryPanel';
import { PicturePane, PictureTabs } from '../analysis/PicturePane';
import { useAnnotationCommands } from './use-annotation-commands';
import { useAnnotationKeys } from './use-annotation-keys';
import { useCurrentDocument } from './use-current-document';
import { useDocumentCounts } from './use-document-counts';
import { useDocumentMap } from './use-document-map';
import { useDocumentStatus } from './use-document-status';
import { useNotice } from './use-notice';
import { useSelectedAnnotation } from './use-selected-annotation';
import { useSession } from './use-session';
import { useTagging } from './use-tagging';
import { KeyboardLayer } from '../keys/KeyboardLayer';
import { Announcer } from '../notices/Announcer';
import { useSuggest } from '../suggestions/use-suggest';
import { useSuggestionKeys, useSuggestionReview } from '../suggestions/use-suggestion-review';

// Loaded when an annotation is first selected: it brings the date parser
// (chrono-node), which the first screen does not need.
const DetailsPanel = lazy(() => import('../details/DetailsPanel').then((module) => ({ default: module.DetailsPanel })));

export function App() {
  const { notice, setNotice, dismissNotice } = useNotice();
  const { session, failure, updateDocument, setAnnotationSet, reload: reloadSession } = useSession(setNotice);
  const { currentId, choose } = useCurrentDocument(session);
  const { open, state, saveStatus, act, flush, reload: reloadDocument, replaceMetadata } = useOpenDocument(currentId, setNotice);
  const [selection, setSelection] = useState<Span | null>(null);
  const { map, setMap } = useDocumentMap(open);
  const { types, replaceTypes } = useLabelTypes(session?.labelTypes);
  const editable = Boolean(open && !open.loaded.readOnly && !session?.workspace?.readOnly);
  const own = session?.annotationSet ?? DEFAULT_SET;
  // A keystroke's frame carries only the new highlight: the list, the set chips
  // and the counts follow this deferred copy of the state a render later (React
  // yields to painting in between).
  const listed = useDeferredValue(state);
  const workspacePath = session?.workspace?.path;
  const entities = useWorkspaceEntities(workspacePath, setNotice);
  const savedSets = useMemo(() => ({ workspace: workspacePath, hidden: session?.hiddenSets ?? [] }), [workspacePath, session?.hiddenSets]);
  const sets = useSets(state.annotations, listed.annotations, own, savedSets);
  const tag = useTagging({ open, types, editable, map, own, act, showSet: sets.show, onNotice: setNotice });
  const openId = open?.loaded.document.id;
  const documents = useDocumentCounts({ documents: session?.documents, openId, listed, updateDocument });
  const onStatus = useDocumentStatus(updateDocument, setNotice);
  const annotation = useAnnotationCommands(state.annotations, map, act);
  const openAt = useOpenAt(choose, openId, map !== null, annotation.show);
  const selected = useSelectedAnnotation(state.annotations, state.selectedId);
  const review = useSuggestionReview({ open, annotations: state.annotations, types, own, editable, act, showSet: sets.show, show: annotation.show, onNotice: setNotice });
  const onSuggestionKey = useSuggestionKeys(review, selected, selection);
  useAnnotationKeys({ types, tag, onSuggestionKey, act, selectedId: state.selectedId, editable });
  const suggest = useSuggest({ openId: openId ?? null, annotations: state.annotations, act, flush, reloadEntities: entities.reload, showSet: sets.show, onNotice: setNotice });
  const setActions = useSetActions({ own, onOwnSet: setAnnotationSet, reloadSession, reloadDocument, onNotice: setNotice });
  const reading = { map, annotations: sets.visible, types, editable };
  const queryView = useQueryView(workspacePath, saveStatus);
  // A sync, or a conflict settled with theirs, may change the open document and the entities (the session follows by itself).
  const reloadEntities = entities.reload;
  const afterSync = useCallback(() => {
    reloadDocument();
    reloadEntities();
  }, [reloadDocument, reloadEntities]);
  const picture = queryView.open && queryView.tab !== 'article' ? queryView.tab : null;

  if (failure) return <div className="fatal">Gloss could not open the workspace: {failure}</div>;
  if (!session) return <div className="loading">Opening workspace…</div>;
  if (!session.workspace) return <WelcomeScreen recent={session.recentWorkspaces} onNotice={setNotice} />;

  return (
    <AnnotationSetContext.Provider value={own}>
      <EntitiesContext.Provider value={entities}>
      <div className="app">
        <KeyboardLayer types={types} selectedId={state.selectedId} canImport={!session.workspace.readOnly} onNotice={setNotice} />
        <Toolbar
          workspaceName={session.workspace.name}
          types={types}
          canTag={editable}
          saveStatus={saveStatus}
          onTag={tag}
        >
          <QueryButton open={queryView.open} onToggle={() => queryView.setOpen(!queryView.open)} />
          <EntitiesButton types={types} beforeOpen={flush} onOpenAnnotation={openAt} />
          <TeamButtons
            documents={documents}
            types={types}
            open={open ? { id: open.loaded.document.id, title: open.loaded.document.metadata.title, annotations: state.annotations } : null}
            editable={editable}
            act={act}
            flush={flush}
            onEditAnnotation={annotation.show}
            onOpenDocument={choose}
          />
          <SyncButton canWrite={!session.workspace.readOnly} flush={flush} onSynced={afterSync} />
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
        <div className={`layout${queryView.open ? ' query-open' : ''}${picture ? ' picture-shown' : ''}`}>
          {queryView.open ? (
            <QueryPanel key={workspacePath} query={queryView.query} answer={queryView.answer} types={types} sets={sets.known} onOpen={queryView.openRow(openAt)} onChange={queryView.setQuery} onNotice={setNotice} />
          ) : (
            <DocumentList
              documents={documents}
              types={types}
              currentId={currentId}
              canEdit={!session.workspace.readOnly}
            onNotice={setNotice}
              onOpen={choose}
              onStatus={onStatus}
              onSuggest={session.workspace.readOnly ? null : suggest.run}
              suggesting={suggest.running}
            />
          )}
          <main className={picture ? 'reader-pane showing-picture' : 'reader-pane'}>
            {queryView.open ? <PictureTabs tab={queryView.tab} onTab={queryView.setTab} /> : null}
            {picture ? (
              <PicturePane
                tab={picture}
                rows={queryView.answer.rows}
                total={queryView.answer.total}
                types={types}
                focusEntity={queryView.query.entity}
                onOpen={queryView.openRow(openAt)}
                onEntity={(entity) => queryView.setQuery({ ...queryView.query, entity })}
                onNotice={setNotice}
              />
            ) : null}
            {open ? (
              <FindBar key={`find-${open.loaded.document.id}`} text={open.text} {...reading} act={act} onNotice={setNotice} />
            ) : null}
            {open ? (
              <article className="article" id="article" key={open.loaded.document.id} data-document-id={open.loaded.document.id}>
                <ArticleHeader document={open.loaded.document} problem={open.loaded.problem} />
                <DocumentDetails
                  document={open.loaded.document}
                  annotations={state.annotations}
                  types={types}
                  editable={editable}
                  act={act}
                  flush={flush}
                  onMetadata={({ document, summary }) => {
                    replaceMetadata(document);
                    updateDocument(document.id, () => summary);
                  }}
                  onText={({ document, summary }) => {
                    reloadDocument();
                    updateDocument(document.id, () => summary);
                  }}
                >
                  <button
                    type="button"
                    disabled={!editable || suggest.running}
                    title="Suggest quotes with their speakers, dated events and claims in this document, offline; they stay apart, as ghosts, until you accept them"
                    onClick={() => void suggest.run([open.loaded.document.id])}
                  >
                    {suggest.running ? 'Suggesting…' : 'Suggest'}
                  </button>
                </DocumentDetails>
                <ReviewList
                  documentId={open.loaded.document.id}
                  initial={open.loaded.unplaced}
                  index={open.text.index}
                  selection={selection}
                  editable={editable}
                  onPlace={annotation.add}
                  onNotice={setNotice}
                />
                {/* A new text (a line brought back) is a new editor: Lexical reads its text once. */}
                <Reader key={open.loaded.document.textSha256} text={open.text} onMap={setMap}>
                  <ReaderPlugins
                    {...reading}
                    documentId={open.loaded.document.id}
                    language={open.loaded.document.metadata.language}
                    readingPosition={open.loaded.readingPosition}
                    setStyles={sets.styles}
                    selectedId={state.selectedId}
                    selection={selection}
                    onSelectionChange={setSelection}
                    onTag={tag}
                    onSelect={annotation.select}
                    onShow={annotation.show}
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
            {setActions.adopting ? (
              <AdoptSetDialog adoption={setActions.adopting} beforeRename={flush} onRenamed={setActions.removed} onClose={setActions.closeAdopting} />
            ) : null}
            {setActions.removing ? (
              <RemoveSetDialog set={setActions.removing} beforeRemove={flush} onRemoved={setActions.removed} onClose={setActions.closeRemoving} />
            ) : null}
            <AnnotationSidebar
              annotations={sets.listedVisible}
              showSets={sets.known.length > 1}
              types={types}
              selectedId={listed.selectedId}
              onSelect={annotation.show}
              onDelete={annotation.remove}
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
                  onSelect={annotation.show}
                  onNotice={setNotice}
                  review={review}
                />
              </Suspense>
            ) : null}
          </div>
        </div>
        <DropImport enabled={!session.workspace.readOnly} onNotice={setNotice} />
        <ImportProgress />
        <Notice message={notice} onDismiss={dismissNotice} />
        <Announcer />
      </div>
      </EntitiesContext.Provider>
    </AnnotationSetContext.Provider>
  );
}
