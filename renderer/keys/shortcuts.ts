/**
 * Every keyboard shortcut of the window, once: what it does, the keys as the
 * shortcut sheet (`?`) shows them, and the test each key handler uses. The
 * label types' own keys come from the schema and are listed beside these.
 */

import { acceleratorKeys, FILE_MENU, matchesAccelerator } from '../../core/commands/file-menu';

/** The parts of a key event a shortcut looks at. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** macOS moves by word with Option (Alt); Ctrl+arrows there switch desktops. */
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const command = (event: KeyPress) => event.ctrlKey || event.metaKey;
const plain = (event: KeyPress) => !event.ctrlKey && !event.metaKey && !event.altKey;
const key = (event: KeyPress) => event.key.toLowerCase();
/** The word modifier of the platform: Ctrl on Windows and Linux, Option on macOS. */
const byWord = (event: KeyPress) => (IS_MAC ? event.altKey && !event.metaKey : event.ctrlKey && !event.altKey);
const horizontal = (event: KeyPress) => event.key === 'ArrowLeft' || event.key === 'ArrowRight';
const vertical = (event: KeyPress) => event.key === 'ArrowUp' || event.key === 'ArrowDown';

export type ShortcutArea = 'Anywhere' | 'In the article' | 'In the lists' | 'In the Details panel';

export interface Shortcut {
  area: ShortcutArea;
  keys: string;
  does: string;
  matches: (event: KeyPress) => boolean;
}

const WORD = IS_MAC ? 'Option' : 'Ctrl';

/** A File menu command's shortcut, as the menu defines it (core/commands/file-menu.ts). */
function fileShortcut(command: 'newWorkspace' | 'openWorkspace' | 'closeWorkspace' | 'importDocuments' | 'exportAnnotations'): Shortcut {
  const { accelerator, does } = FILE_MENU[command];
  return { area: 'Anywhere', keys: acceleratorKeys(accelerator), does, matches: (e) => matchesAccelerator(accelerator, e) };
}

export const SHORTCUTS = {
  help: { area: 'Anywhere', keys: '?', does: 'Show this list of shortcuts', matches: (e) => plain(e) && e.key === '?' },
  nextPane: {
    area: 'Anywhere',
    keys: 'F6 / Shift+F6',
    does: 'Move to the next (previous) pane: documents, article, annotations, details',
    matches: (e) => plain(e) && e.key === 'F6',
  },
  undo: { area: 'Anywhere', keys: 'Ctrl/Cmd+Z', does: 'Undo', matches: (e) => command(e) && !e.shiftKey && key(e) === 'z' },
  redo: {
    area: 'Anywhere',
    keys: 'Shift+Ctrl/Cmd+Z or Ctrl/Cmd+Y',
    does: 'Redo',
    matches: (e) => command(e) && ((e.shiftKey && key(e) === 'z') || key(e) === 'y'),
  },
  find: { area: 'Anywhere', keys: 'Ctrl/Cmd+F', does: 'Find in the article', matches: (e) => command(e) && !e.altKey && key(e) === 'f' },
  newWorkspace: fileShortcut('newWorkspace'),
  openWorkspace: fileShortcut('openWorkspace'),
  closeWorkspace: fileShortcut('closeWorkspace'),
  importDocuments: fileShortcut('importDocuments'),
  exportAnnotations: fileShortcut('exportAnnotations'),
  nextAnnotation: {
    area: 'Anywhere',
    keys: 'J or Alt+↓',
    does: 'Select the next annotation',
    matches: (e) => (plain(e) && key(e) === 'j') || (e.altKey && !command(e) && !e.shiftKey && e.key === 'ArrowDown'),
  },
  previousAnnotation: {
    area: 'Anywhere',
    keys: 'K or Alt+↑',
    does: 'Select the previous annotation',
    matches: (e) => (plain(e) && key(e) === 'k') || (e.altKey && !command(e) && !e.shiftKey && e.key === 'ArrowUp'),
  },
  deleteAnnotation: {
    area: 'Anywhere',
    keys: 'Delete',
    does: 'Delete the selected annotation',
    matches: (e) => plain(e) && (e.key === 'Delete' || e.key === 'Backspace'),
  },
  acceptSuggestion: {
    area: 'Anywhere',
    keys: 'A',
    does: 'Accept the selected suggestion into your set (before a type that uses A, when no text is selected)',
    matches: (e) => plain(e) && !e.shiftKey && key(e) === 'a',
  },
  rejectSuggestion: {
    area: 'Anywhere',
    keys: 'R',
    does: 'Reject the selected suggestion; Suggest will not make it again (before a type that uses R, when no text is selected)',
    matches: (e) => plain(e) && !e.shiftKey && key(e) === 'r',
  },
  deselect: { area: 'Anywhere', keys: 'Escape', does: 'Deselect the annotation', matches: (e) => plain(e) && e.key === 'Escape' },
  caretByCharacter: {
    area: 'In the article',
    keys: '← → (Shift to select)',
    does: 'Move the caret by a character, or extend the selection',
    matches: (e) => plain(e) && horizontal(e),
  },
  caretByWord: {
    area: 'In the article',
    keys: `${WORD}+← → (Shift to select)`,
    does: 'Move the caret by a word, or extend the selection by a word',
    matches: (e) => byWord(e) && horizontal(e),
  },
  caretByLine: {
    area: 'In the article',
    keys: '↑ ↓ Home End (Shift to select)',
    does: 'Move the caret by a line or to its ends, or extend the selection',
    matches: (e) => plain(e) && (vertical(e) || e.key === 'Home' || e.key === 'End'),
  },
  caretByParagraph: {
    area: 'In the article',
    keys: `${WORD}+↑ ↓ (Shift to select)`,
    does: 'Move the caret to the next or previous paragraph',
    matches: (e) => byWord(e) && vertical(e),
  },
  selectSentence: {
    area: 'In the article',
    keys: '.',
    does: 'Select the sentence around the caret',
    matches: (e) => plain(e) && e.key === '.',
  },
  editDetails: {
    area: 'In the article',
    keys: 'Enter',
    does: 'Edit the selected annotation: focus the first field of the Details panel',
    matches: (e) => plain(e) && !e.shiftKey && e.key === 'Enter',
  },
  listMove: {
    area: 'In the lists',
    keys: '↑ ↓ Home End',
    does: 'Move in the documents or annotations list (Tab leaves it)',
    matches: (e) => plain(e) && !e.shiftKey && (vertical(e) || e.key === 'Home' || e.key === 'End'),
  },
  listOpen: {
    area: 'In the lists',
    keys: 'Enter',
    does: 'Open the document; on an annotation, edit it in the Details panel',
    matches: (e) => plain(e) && !e.shiftKey && e.key === 'Enter',
  },
  documentStatus: {
    area: 'In the lists',
    keys: '→',
    does: "Move to the document's status (Escape goes back)",
    matches: (e) => plain(e) && !e.shiftKey && e.key === 'ArrowRight',
  },
  moveFragmentEdge: {
    area: 'In the Details panel',
    keys: 'Shift+Alt+← → ↑ ↓',
    does: "Move the fragment's end (← →) or start (↑ ↓) by a word",
    matches: (e) => e.shiftKey && e.altKey && !command(e) && (horizontal(e) || vertical(e)),
  },
} satisfies Record<string, Shortcut>;
