/** How long to wait for something just asked for (a document loading, a lazy panel) to appear. */
const WAIT_MS = 3000;

/**
 * Focuses the first element matching `selector` once it exists: an opened
 * document's article or a Details panel still loading is not on screen yet.
 * Gives up after a few seconds.
 */
function focusWhenReady(selector: string): void {
  const until = performance.now() + WAIT_MS;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) element.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  attempt();
}

/** The article's text, once its highlights are in place (its caret needs the offset map). */
export const ARTICLE = '.reader-text[aria-busy="false"]';
/** The first field of the Details panel (or its first control, for a type without fields). */
const DETAILS_FIELD = '.details-body :is(input, select, textarea, button):not(:disabled)';

/** Focuses the first field of an annotation's details, once the panel shows that annotation. */
export function focusDetails(annotationId: string): void {
  focusWhenReady(`.details-body[data-annotation-id="${CSS.escape(annotationId)}"] :is(input, select, textarea, button):not(:disabled)`);
}
/** The one tab stop of each list. */
const DOCUMENTS = '.document-list [data-roving-id][tabindex="0"]';
const ANNOTATIONS = '.annotation-list [data-roving-id][tabindex="0"]';

/** The panes F6 steps through, each with the element it focuses. */
const PANES: readonly { pane: string; target: string }[] = [
  { pane: '.document-list', target: DOCUMENTS },
  { pane: '.reader-pane', target: ARTICLE },
  { pane: '.sidebar', target: ANNOTATIONS },
  { pane: '.details', target: DETAILS_FIELD },
];

/** Moves focus to the next pane (or the previous one) that has something to focus, as F6 does in desktop apps. */
export function focusNextPane(direction: 1 | -1): void {
  const at = PANES.findIndex(({ pane }) => document.activeElement?.closest(pane));
  for (let step = 1; step <= PANES.length; step++) {
    const next = PANES[(at + direction * step + PANES.length * 2) % PANES.length];
    const target = next && document.querySelector<HTMLElement>(next.target);
    if (target) {
      target.focus();
      return;
    }
  }
}

/** Focuses the article of a document once it is open and its text is ready. */
export function focusArticle(documentId?: string): void {
  focusWhenReady(documentId ? `.article[data-document-id="${CSS.escape(documentId)}"] ${ARTICLE}` : ARTICLE);
}
